const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");

if (isMainThread) {
  const results = []; //@ collect
  for (let id = 1; id <= 3; id++) { //@ spawn
    const worker = new Worker(__filename, { workerData: id }); //@ spawn
    worker.on("message", (message) => { //@ recv
      results.push(message); //@ recv
      if (results.length === 3) { //@ done
        results.sort((a, b) => a.id - b.id); // arrival order varies //@ sort
        for (const { id, square } of results) console.log(`job ${id}: ${square}`); //@ print
      }
    });
  }
} else {
  parentPort.postMessage({ id: workerData, square: workerData * workerData }); //@ send
}
