const { Worker, isMainThread, parentPort } = require("node:worker_threads");

if (isMainThread) {
  // The main thread starts a worker running this same file.
  const worker = new Worker(__filename);
  worker.on("message", (id) => console.log(`job ${id} done`));
  worker.on("exit", () => console.log("all jobs finished"));
} else {
  // Inside the worker: send messages back to the main thread.
  for (let id = 1; id <= 3; id++) {
    parentPort.postMessage(id);
  }
}
