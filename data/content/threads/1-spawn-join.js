const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");

function countPrimes(from, to) { //@ work
  let count = 0;
  for (let n = Math.max(from, 2); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break; }
    if (prime) count++;
  }
  return count;
}

if (isMainThread) {
  // Each worker runs this same file in its own isolate, with its own event loop.
  const ranges = [[0, 50000], [50000, 100000]]; //@ ranges
  const jobs = ranges.map(([from, to]) => new Promise((resolve, reject) => { //@ spawn
    const worker = new Worker(__filename, { workerData: { from, to } }); //@ spawn
    worker.once("message", resolve).once("error", reject);
  }));
  Promise.all(jobs).then((counts) => { //@ join
    counts.forEach((count, i) => console.log(`range ${i}: ${count} primes`)); //@ print
  });
} else {
  parentPort.postMessage(countPrimes(workerData.from, workerData.to)); //@ run
}
