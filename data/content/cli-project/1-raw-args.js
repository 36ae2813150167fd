// Stands in for process.argv: [node, script, ...arguments].
const argv = ["node", "tally.js", "--top", "2", "notes.txt"]; //@ argv
const args = argv.slice(2); //@ skip
let top = 3; //@ default
let file = null; //@ file
for (let i = 0; i < args.length; i++) { //@ loop
  if (args[i] === "--top") { //@ flag
    top = Number(args[++i]); //@ value
  } else { //@ else
    file = args[i]; //@ positional
  }
}
console.log(`top=${top} file=${file ?? "-"}`); //@ print
