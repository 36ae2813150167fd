function parsePort(text) { //@ parse
  const n = Number(text); //@ num
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined; //@ valid
}

function describe(address) { //@ fn
  const port = parsePort(address.split(":")[1]); //@ letelse
  if (port === undefined) { //@ else
    return `${address}: bad port`; //@ bail
  }
  return `${address}: port ${port}`; //@ use
}

console.log(describe("localhost:8080")); //@ a
console.log(describe("localhost:http")); //@ b
console.log(describe("localhost")); //@ c
