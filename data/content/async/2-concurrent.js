const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function download(name, ms) {
  await sleep(ms);
  return `${name} (${ms} ms)`;
}

async function main() {
  // Both downloads wait at the same time on the one event loop.
  const results = await Promise.all([download("a.txt", 30), download("b.txt", 10)]);
  for (const line of results) console.log(line);
}

main();
