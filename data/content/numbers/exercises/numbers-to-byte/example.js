const assert = require("node:assert");

// Turns a brightness from 0.0 to 1.0 into a byte from 0 to 255.
function toByte(level) {
  if (Number.isNaN(level)) {
    return 0;
  }
  const scaled = Math.round(level * 255);
  return Math.min(255, Math.max(0, scaled));
}

assert.strictEqual(toByte(0), 0);
assert.strictEqual(toByte(1), 255);
assert.strictEqual(toByte(0.5), 128);
assert.strictEqual(toByte(0.2), 51);
assert.strictEqual(toByte(2), 255);
assert.strictEqual(toByte(-1), 0);
assert.strictEqual(toByte(NaN), 0);
