const { Worker } = require("node:worker_threads");

setTimeout(() => console.log("tick"), 50); //@ tick

// The busy loop runs in a worker, so the event loop stays free.
const work = new Worker( //@ spawn
  "const start = Date.now(); while (Date.now() - start < 300) {}", //@ block
  { eval: true }, //@ spawn
);
work.on("exit", () => console.log("work done")); //@ done
