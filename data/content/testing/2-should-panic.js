const assert = require("node:assert");

function average(values) { //@ fn
  if (values.length === 0) { //@ check
    throw new Error("average of an empty list"); //@ fail
  }
  return values.reduce((sum, v) => sum + v, 0) / values.length; //@ body
}

assert.strictEqual(average([1, 2, 6]), 3); //@ ok
assert.throws(() => average([]), /empty list/); //@ expect,call
console.log("2 checks passed");
