/**
 * Turns a title into a URL slug.
 *
 * @example
 * slugify("Hello Rust World"); // "hello-rust-world"
 */
function slugify(title) { //@ fn
  return title.trim().split(/\s+/).map((word) => word.toLowerCase()).join("-"); //@ body
}

module.exports = { slugify };
