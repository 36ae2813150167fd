const assert = require("node:assert"); //@ use

function slugify(title) { //@ fn
  return title.trim().split(/\s+/).map((word) => word.toLowerCase()).join("-"); //@ body
}

// In a slug.test.js file, each check would go inside test("...", () => { ... }).
assert.strictEqual(slugify("Hello Rust World"), "hello-rust-world"); //@ first
assert.strictEqual(slugify("  Rust  "), "rust"); //@ second
console.log("2 checks passed");
