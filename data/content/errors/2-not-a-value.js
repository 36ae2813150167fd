const input = "http"; //@ input

// Number() does not fail: it returns NaN, which flows on silently.
const port = Number(input); //@ parse
console.log(port + 1); //@ use
