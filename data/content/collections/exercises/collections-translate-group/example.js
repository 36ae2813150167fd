const assert = require("node:assert");

function groupByFirstLetter(words) {
  const groups = new Map();
  for (const word of words) {
    if (word === "") continue;
    const letter = word[0];
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter).push(word);
  }
  return groups;
}

const groups = groupByFirstLetter(["pear", "apple", "plum", "", "avocado", "fig"]);
assert.deepStrictEqual(groups.get("p"), ["pear", "plum"]);
assert.deepStrictEqual(groups.get("a"), ["apple", "avocado"]);
assert.deepStrictEqual(groups.get("f"), ["fig"]);
assert.strictEqual(groups.size, 3);
assert.strictEqual(groupByFirstLetter([]).size, 0);
