class LimitError extends Error {} //@ type

function parseDigits(text) {
  if (!/^\d+$/.test(text)) throw new Error("invalid digit found in string");
  return Number(text);
}

function parseLimit(text) { //@ fn
  let limit;
  try {
    limit = parseDigits(text); //@ parse
  } catch (err) { //@ from
    throw new LimitError("the limit is not a number", { cause: err }); //@ badmsg
  }
  if (limit > 100) throw new LimitError(`the limit ${limit} is above 100`); //@ largemsg,large
  return limit;
}

for (const input of ["50", "500", "lots"]) { //@ loop
  try {
    console.log(`limit ${parseLimit(input)}`); //@ ok
  } catch (err) {
    console.log(`error: ${err.message}`); //@ err
    if (err.cause) console.log(`  caused by: ${err.cause.message}`); //@ cause
  }
}
