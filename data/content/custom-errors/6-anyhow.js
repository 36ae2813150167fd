function parseDigits(text) {
  if (!/^\d+$/.test(text)) throw new Error("invalid digit found in string");
  return Number(text);
}

function parseLimit(text) { //@ fn
  let limit;
  try {
    limit = parseDigits(text); //@ parse
  } catch (err) {
    throw new Error(`reading limit "${text}"`, { cause: err }); //@ context
  }
  if (limit > 100) throw new Error(`the limit ${limit} is above 100`); //@ bail
  return limit;
}

// Walks the chain of causes, like {:#} does for an anyhow::Error.
function describe(err) { //@ chain
  return err.cause ? `${err.message}: ${describe(err.cause)}` : err.message;
}

for (const input of ["50", "500", "lots"]) { //@ loop
  try {
    console.log(`limit ${parseLimit(input)}`); //@ ok
  } catch (err) {
    console.log(`error: ${describe(err)}`); //@ err
  }
}
