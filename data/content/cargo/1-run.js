// npm start -- Ada   runs "node index.js Ada" when package.json has a start script
const args = process.argv.slice(2); //@ args
const name = args[0] ?? "world"; //@ name

console.log(`Hello, ${name}.`); //@ hello
console.log(`${args.length} argument(s)`); //@ count
