const assert = require("node:assert");

// Limits every score to 0..100 in place and returns how many were changed.
function clampScores(scores) {
  let changed = 0;
  for (let i = 0; i < scores.length; i++) {
    const clamped = Math.min(100, Math.max(0, scores[i]));
    if (clamped !== scores[i]) {
      scores[i] = clamped;
      changed += 1;
    }
  }
  return changed;
}

const scores = [50, 120, -5, 100];
assert.strictEqual(clampScores(scores), 2);
assert.deepStrictEqual(scores, [50, 100, 0, 100]);

const fine = [0, 42, 100];
assert.strictEqual(clampScores(fine), 0);
assert.deepStrictEqual(fine, [0, 42, 100]);

const empty = [];
assert.strictEqual(clampScores(empty), 0);
assert.deepStrictEqual(empty, []);
