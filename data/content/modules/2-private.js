// CommonJS: only what goes on module.exports can be required elsewhere.
function helper(n) { //@ helper
  return n * 2;
}

function double(n) { //@ double
  return helper(n);
}

module.exports = { double };

// What another file would get from require("./math"):
const math = module.exports;
console.log(math.double(21)); //@ ok
console.log(typeof math.helper); //@ private
