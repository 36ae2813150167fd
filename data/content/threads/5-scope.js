const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");

const sumOf = (values) => values.reduce((total, v) => total + v, 0); //@ work

if (isMainThread) {
  const scores = [3, 9, 4, 7, 1, 8, 6]; //@ data
  const halves = [scores.slice(0, 3), scores.slice(3)]; // copies //@ split
  const sums = halves.map((half) => new Promise((resolve) => { //@ spawn
    new Worker(__filename, { workerData: half }).once("message", resolve); //@ spawn
  }));
  Promise.all(sums).then(([a, b]) => { //@ join
    console.log(`${a} + ${b} = ${a + b}`); //@ print
    console.log(`still here: ${scores.length} scores`); //@ after
  });
} else {
  parentPort.postMessage(sumOf(workerData)); //@ run
}
