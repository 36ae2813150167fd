const assert = require("node:assert");

// Splits "1.2.3" into [1, 2, 3].
function parse(version) {
  return version.split(".").map(Number);
}

// Does `version` satisfy the Cargo requirement `req`, which means ^req?
function caretMatches(req, version) {
  const [rMajor, rMinor, rPatch] = parse(req);
  const [major, minor, patch] = parse(version);
  if (rMajor > 0) {
    const notOlder = minor > rMinor || (minor === rMinor && patch >= rPatch);
    return major === rMajor && notOlder;
  } else if (rMinor > 0) {
    return major === 0 && minor === rMinor && patch >= rPatch;
  } else {
    return major === 0 && minor === 0 && patch === rPatch;
  }
}

assert.strictEqual(caretMatches("1.2.3", "1.2.3"), true);
assert.strictEqual(caretMatches("1.2.3", "1.9.0"), true);
assert.strictEqual(caretMatches("1.2.3", "1.2.2"), false);
assert.strictEqual(caretMatches("1.2.3", "2.0.0"), false);
assert.strictEqual(caretMatches("0.4.1", "0.4.7"), true);
assert.strictEqual(caretMatches("0.4.1", "0.5.0"), false);
assert.strictEqual(caretMatches("0.0.3", "0.0.3"), true);
assert.strictEqual(caretMatches("0.0.3", "0.0.4"), false);
