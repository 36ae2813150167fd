const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)); //@ sleep

async function main() {
  // Calling the async function starts it; it runs while main goes on.
  const report = (async () => { //@ spawn
    await sleep(100); //@ work
    console.log("report ready"); //@ ready
    return 42; //@ ret
  })();

  console.log("main keeps going"); //@ go
  await sleep(300); //@ wait
  console.log("main is done waiting"); //@ waited
  const pages = await report; //@ result
  console.log(`report has ${pages} pages`); //@ print
}

main();
