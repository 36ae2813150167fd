const readline = require("node:readline");
const { Readable } = require("node:stream");

// Any readable stream: fs.createReadStream(path), process.stdin, or a string.
async function count(input) { //@ fn
  let [lines, words] = [0, 0]; //@ zero
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) { //@ loop
    lines += 1; //@ lines
    words += line.split(/\s+/).filter(Boolean).length; //@ words
  }
  return { lines, words }; //@ ret
}

async function main() {
  const text = "the quick brown fox\njumps over\nthe lazy dog\n"; //@ text
  const { lines, words } = await count(Readable.from([text])); //@ call
  console.log(`${lines} lines, ${words} words`); //@ print
}
main();
