const assert = require("node:assert");

// Does `version` satisfy the caret requirement ^req?
function caretMatches(req, version) {
  const r = req.split(".").map(Number);
  const v = version.split(".").map(Number);

  // Older than the requirement: compare part by part from the left.
  for (let i = 0; i < 3; i++) {
    if (v[i] !== r[i]) {
      if (v[i] < r[i]) return false;
      break;
    }
  }

  // The first non-zero part of the requirement (or the patch) must not change.
  let fixed = r.findIndex((n) => n !== 0);
  if (fixed === -1) fixed = 2;
  for (let i = 0; i <= fixed; i++) {
    if (v[i] !== r[i]) return false;
  }
  return true;
}

assert.strictEqual(caretMatches("1.2.3", "1.2.3"), true);
assert.strictEqual(caretMatches("1.2.3", "1.9.0"), true);
assert.strictEqual(caretMatches("1.2.3", "2.0.0"), false);
assert.strictEqual(caretMatches("1.2.3", "1.2.2"), false);
assert.strictEqual(caretMatches("0.2.3", "0.2.9"), true);
assert.strictEqual(caretMatches("0.2.3", "0.3.0"), false);
assert.strictEqual(caretMatches("0.0.3", "0.0.3"), true);
assert.strictEqual(caretMatches("0.0.3", "0.0.4"), false);
