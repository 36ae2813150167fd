function parseNumber(text) {
  const n = Number(text);
  if (Number.isNaN(n)) throw new Error(`not a number: ${text}`);
  return n;
}

// Errors thrown inside parseNumber travel up through sum on their own.
function sum(a, b) {
  return parseNumber(a) + parseNumber(b);
}

try {
  console.log(sum("2", "40"));
  console.log(sum("2", "forty"));
} catch (err) {
  console.log(`failed: ${err.message}`);
}
