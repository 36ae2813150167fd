const assert = require("node:assert");

// Meant to add 19 % tax, but multiplies by 1.2.
function withTax(cents) { //@ fn
  return Math.floor((cents * 12) / 10); //@ bug
}

try {
  assert.strictEqual(withTax(1000), 1190, "price with 19 % tax"); //@ assert
} catch (err) {
  console.log(`${err.name}: ${err.actual} !== ${err.expected}`);
}
