const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)); //@ sleep

async function fetchQuote() { //@ fetch
  await sleep(500); //@ slow
  console.log("fetch finished anyway"); //@ late
  return "a quote"; //@ ret
}

async function main() {
  const timeout = sleep(100).then(() => { throw new Error("timed out after 100 ms"); }); //@ timeout
  try {
    const quote = await Promise.race([fetchQuote(), timeout]); //@ race
    console.log(`got ${quote}`); //@ got
  } catch (err) {
    console.log(err.message); //@ timedout
  }
  await sleep(600); // long enough for the fetch to finish //@ linger
  console.log("done"); //@ done
}

main();
