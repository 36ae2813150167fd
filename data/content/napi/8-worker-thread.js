const { Worker } = require("node:worker_threads");

// The worker runs its own copy of fib and posts the result back.
const code = `
  const { parentPort, workerData } = require("node:worker_threads");
  const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  parentPort.postMessage(fib(workerData));
`;

const worker = new Worker(code, { eval: true, workerData: 30 }); //@ spawn
console.log("main thread: still free"); //@ free
worker.once("message", (result) => { //@ join
  console.log(`fib(30) = ${result}`); //@ print
});
