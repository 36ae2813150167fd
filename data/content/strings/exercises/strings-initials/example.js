const assert = require("node:assert");

// "ada lovelace" -> "A.L."
function initials(fullName) {
  return fullName
    .split(" ")
    .filter((part) => part.length > 0)
    .map((part) => part[0].toUpperCase() + ".")
    .join("");
}

assert.strictEqual(initials("ada lovelace"), "A.L.");
assert.strictEqual(initials("  grace   brewster hopper "), "G.B.H.");
assert.strictEqual(initials("émile zola"), "É.Z.");
assert.strictEqual(initials("Linus"), "L.");
assert.strictEqual(initials(""), "");
