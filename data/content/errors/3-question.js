function parseNumber(text) { //@ helper
  const n = Number(text);
  if (Number.isNaN(n)) throw new Error(`not a number: ${text}`);
  return n;
}

// Errors thrown inside parseNumber travel up through sum on their own.
function sum(a, b) { //@ fn
  return parseNumber(a) + parseNumber(b); //@ body
}

try {
  console.log(sum("2", "40")); //@ ok
  console.log(sum("2", "forty")); //@ bad
} catch (err) {
  console.log(`failed: ${err.message}`); //@ failed
}
