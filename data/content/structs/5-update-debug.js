const base = { host: "localhost", port: 8080, verbose: false }; //@ base

// Spread copies every property, then the listed ones override it.
const dev = { ...base, port: 3000, verbose: true }; //@ update

console.log(base.port); //@ old
console.log(dev.host, dev.verbose); //@ fields
console.log(dev); //@ print
