const assert = require("node:assert");

function summary(players, minScore) {
  return players
    .filter((p) => p.score >= minScore)
    .map((p) => `${p.name} (${p.score})`)
    .join(", ");
}

const players = [
  { name: "ada", score: 92 },
  { name: "linus", score: 64 },
  { name: "grace", score: 88 },
];
assert.strictEqual(summary(players, 80), "ada (92), grace (88)");
assert.strictEqual(summary(players, 90), "ada (92)");
assert.strictEqual(summary(players, 0), "ada (92), linus (64), grace (88)");
assert.strictEqual(summary(players, 100), "");
assert.strictEqual(summary([], 0), "");
