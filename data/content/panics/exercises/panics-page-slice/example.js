const assert = require("node:assert");

// Returns the items of a 1-based page; pages past the end are empty.
function page(items, pageNumber, perPage) {
  const start = (pageNumber - 1) * perPage;
  return items.slice(Math.max(start, 0), Math.max(start + perPage, 0));
}

const letters = ["a", "b", "c", "d", "e"];
assert.deepStrictEqual(page(letters, 1, 2), ["a", "b"]);
assert.deepStrictEqual(page(letters, 2, 2), ["c", "d"]);
assert.deepStrictEqual(page(letters, 3, 2), ["e"]);
assert.deepStrictEqual(page(letters, 4, 2), []);
assert.deepStrictEqual(page(letters, 0, 2), []);
assert.deepStrictEqual(page(letters, 1, 0), []);
assert.deepStrictEqual(page([], 1, 10), []);
