const { Worker, isMainThread } = require("node:worker_threads");

if (isMainThread) {
  const worker = new Worker(__filename); //@ spawn
  const settings = { theme: "dark", onChange: () => {} }; // a function inside //@ value
  try {
    worker.postMessage(settings); // fails at run time: functions cannot be cloned //@ send
  } catch (err) {
    console.log(err.name);
  }
  worker.terminate();
}
