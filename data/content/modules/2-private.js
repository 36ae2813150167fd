// CommonJS: only what you put on module.exports can be required elsewhere.
function helper(n) {
  return n * 2;
}

function double(n) {
  return helper(n);
}

module.exports = { double };

console.log(Object.keys(module.exports));
console.log(module.exports.double(21));
