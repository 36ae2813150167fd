const { Worker, isMainThread, workerData } = require("node:worker_threads");

if (isMainThread) {
  // Shared memory: the workers get the same buffer, not a copy.
  const counter = new Int32Array(new SharedArrayBuffer(4)); //@ new
  let running = 4;
  for (let i = 0; i < 4; i++) { //@ spawn
    const worker = new Worker(__filename, { workerData: counter }); //@ spawn,clone
    worker.on("exit", () => { //@ join
      if (--running === 0) console.log(Atomics.load(counter, 0)); //@ print
    });
  }
} else {
  for (let i = 0; i < 1000; i++) { //@ loop
    Atomics.add(workerData, 0, 1); // one indivisible step //@ add
  }
}
