// npm start -- Ada   runs "node 3-args.js Ada" when package.json has a start script
const args = process.argv.slice(2);
const name = args[0] ?? "world";

console.log(`Hello, ${name}.`);
console.log(`${args.length} argument(s)`);
