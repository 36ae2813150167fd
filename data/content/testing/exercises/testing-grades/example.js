const assert = require("node:assert");

function grade(score) {
  if (score > 100) {
    throw new RangeError(`score out of range: ${score}`);
  }
  if (score >= 90) return "A";
  if (score >= 80) return "B";
  if (score >= 70) return "C";
  if (score >= 60) return "D";
  return "F";
}

assert.strictEqual(grade(95), "A");
assert.strictEqual(grade(90), "A");
assert.strictEqual(grade(89), "B");
assert.strictEqual(grade(72), "C");
assert.strictEqual(grade(60), "D");
assert.strictEqual(grade(0), "F");
assert.throws(() => grade(101), /score out of range: 101/);
