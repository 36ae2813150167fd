class LimitError extends Error {} //@ type

function parseDigits(text) {
  if (!/^\d+$/.test(text)) throw new Error("invalid digit found in string");
  return Number(text);
}

function parseLimit(text) { //@ fn
  try {
    const limit = parseDigits(text); //@ parse
    if (limit > 100) throw new LimitError(`${limit} is above 100`); //@ large
    return limit;
  } catch (err) { //@ from
    if (err instanceof LimitError) throw err;
    throw new LimitError("bad number", { cause: err }); //@ wrap
  }
}

for (const input of ["50", "500", "lots"]) { //@ loop
  try {
    console.log(`limit ${parseLimit(input)}`); //@ ok
  } catch (err) {
    if (err.cause) console.log(`error: bad number (${err.cause.message})`); //@ err
    else console.log(`error: ${err.message}`); //@ err
  }
}
