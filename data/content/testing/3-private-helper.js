const assert = require("node:assert");

function cents(amount) { //@ helper
  return Math.round(amount * 100); //@ round
}

function totalCents(prices) { //@ total
  return prices.reduce((sum, price) => sum + cents(price), 0); //@ sum
}

// Exported only so that a test file can reach it.
module.exports = { totalCents, _cents: cents };

const lib = module.exports;
assert.strictEqual(lib._cents(1.25), 125); //@ private
assert.strictEqual(lib.totalCents([0.1, 0.2]), 30); //@ public
console.log("2 checks passed");
