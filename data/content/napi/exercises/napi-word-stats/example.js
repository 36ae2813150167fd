const assert = require("node:assert");

function wordStats(text) {
  let longest = "";
  let words = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    words++;
    if (word.length > longest.length) longest = word;
  }
  return { words, longest };
}

assert.deepStrictEqual(wordStats("the quick brown fox"), { words: 4, longest: "quick" });
assert.deepStrictEqual(wordStats("  one\ttwo\n three  "), { words: 3, longest: "three" });
assert.deepStrictEqual(wordStats("aa bb cc"), { words: 3, longest: "aa" });
assert.deepStrictEqual(wordStats(""), { words: 0, longest: "" });
