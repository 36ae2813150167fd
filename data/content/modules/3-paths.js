// Where would these imports in src/app/parser.mjs load from?
const here = "file:///project/src/app/parser.mjs";

function resolve(specifier) {
  return new URL(specifier, here).pathname;
}

console.log(resolve("./lexer.mjs")); //@ self
console.log(resolve("../app.mjs")); //@ super
console.log(resolve("/project/src/config.mjs")); //@ crate
