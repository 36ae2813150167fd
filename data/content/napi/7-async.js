const fs = require("node:fs/promises");

// An async function returns a Promise, like the exported async fn.
async function fileSize(path) { //@ async
  const bytes = await fs.readFile(path); //@ read
  return bytes.length; //@ len
}

// A Promise alone does not move CPU work off the main thread:
// fib still blocks it while it runs. AsyncTask uses a worker thread.
function fibAsync(n) { //@ task
  return new Promise((resolve) => resolve(fib(n))); //@ new
}

function fib(n) { //@ fib
  return n < 2 ? n : fib(n - 1) + fib(n - 2); //@ fibbody
}

async function main() {
  console.log((await fileSize(__filename)) > 0);
  console.log(await fibAsync(25));
}
main();
