const test = require("node:test");
const assert = require("node:assert");

function slugify(title) { //@ fn
  return title.trim().toLowerCase().split(/\s+/).join("-"); //@ body
}

// Run with: node --test (or npm test, when package.json says so)
test("turns spaces into dashes", () => { //@ test1
  assert.strictEqual(slugify("Hello Rust World"), "hello-rust-world"); //@ assert1
});

test("trims the ends", () => { //@ test2
  assert.strictEqual(slugify("  Ferris "), "ferris"); //@ assert2
});
