const assert = require("node:assert");

function checksum(data) { //@ checksum
  return data.reduce((sum, byte) => sum + byte, 0); //@ sum
}

function parsePort(text) { //@ parse
  const port = Number(text.trim()); //@ number
  if (!Number.isInteger(port)) throw new Error(`not a number: ${text}`); //@ number
  if (port < 1 || port > 65535) throw new Error(`out of range: ${port}`); //@ range
  return port; //@ ok
}

assert.strictEqual(checksum(Buffer.from("abc")), 294); //@ t1
assert.strictEqual(parsePort(" 8080 "), 8080); //@ t2
assert.throws(() => parsePort("http"), { message: "not a number: http" }); //@ t3
assert.throws(() => parsePort("0"), { message: "out of range: 0" }); //@ t4
console.log("all checks passed");
