const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)); //@ sleep

async function download(name, ms) { //@ fn
  await sleep(ms); // the event loop is free meanwhile //@ wait
  console.log(`finished ${name}`); //@ done
  return `${name} (${ms} ms)`; //@ ret
}

async function main() { //@ main
  // Both downloads wait at the same time; the total is about 300 ms, not 400.
  const results = await Promise.all([download("a.txt", 300), download("b.txt", 100)]); //@ join
  for (const line of results) console.log(line); //@ print
}

main(); //@ main
