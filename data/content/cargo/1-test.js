const test = require("node:test");
const assert = require("node:assert");

function slugify(title) {
  return title.trim().toLowerCase().split(/\s+/).join("-");
}

// Run with: node --test (or npm test, if package.json says so)
test("turns spaces into dashes", () => {
  assert.strictEqual(slugify("Hello Rust World"), "hello-rust-world");
});

test("trims the ends", () => {
  assert.strictEqual(slugify("  Ferris "), "ferris");
});
