const { Worker } = require("node:worker_threads");

// Each worker runs this code with its own heap and gets its range by message.
const code = `
  const { parentPort, workerData } = require("node:worker_threads");
  let sum = 0;
  for (let n = workerData.from; n <= workerData.to; n++) sum += n;
  parentPort.postMessage(sum);
`;
function sumInWorker(from, to) { //@ spawn
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { from, to } });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

async function main() {
  const parts = [0, 1, 2, 3].map((i) => sumInWorker(i * 250_000 + 1, (i + 1) * 250_000)); //@ split
  const sums = await Promise.all(parts); //@ join
  sums.forEach((sum, i) => console.log(`part ${i}: ${sum}`)); //@ parts
  console.log(`total: ${sums.reduce((a, b) => a + b, 0)}`); //@ total
}
main();
