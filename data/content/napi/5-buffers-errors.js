// The JavaScript that the addon replaces.
function checksum(data) { //@ checksum
  return data.reduce((sum, byte) => sum + byte, 0); //@ sum
}

function reverseBytes(data) { //@ reverse
  return Buffer.from(data).reverse(); //@ copy
}

function parsePort(text) { //@ parse
  const port = Number(text.trim()); //@ number
  if (!Number.isInteger(port)) throw new Error(`not a number: ${text}`); //@ number
  if (port < 1 || port > 65535) throw new Error(`out of range: ${port}`); //@ range
  return port; //@ ok
}

console.log(checksum(Buffer.from("abc")));
console.log(reverseBytes(Buffer.from("abc")).toString());
for (const text of ["8080", "http", "70000"]) {
  try { console.log(parsePort(text)); } catch (err) { console.log(`Error: ${err.message}`); }
}
