const { Worker, isMainThread, parentPort } = require("node:worker_threads");

if (isMainThread) {
  const data = new Uint8Array([1, 2, 3, 4]); //@ data
  const worker = new Worker(__filename); //@ spawn
  worker.postMessage(data, [data.buffer]); // transfer the memory, do not copy it //@ move
  console.log(`bytes left in main: ${data.length}`); //@ after
  worker.once("message", (sum) => console.log(`sum: ${sum}`)); //@ join
} else {
  parentPort.once("message", (data) => { //@ run
    parentPort.postMessage(data.reduce((total, b) => total + b, 0)); //@ sum
  });
}
