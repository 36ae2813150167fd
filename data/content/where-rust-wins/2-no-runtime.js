// process.argv is [path to node, path to this script, ...arguments].
const args = process.argv.slice(2); //@ args
const name = args[0] ?? "world"; //@ name
console.log(`Hello, ${name}!`); //@ print
