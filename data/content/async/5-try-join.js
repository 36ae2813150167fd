const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)); //@ sleep

async function load(name, ms, ok) { //@ load
  await sleep(ms); //@ wait
  if (!ok) throw new Error(`${name} failed`); //@ fail
  return `${name} loaded`; //@ ok
}

async function main() {
  try {
    // Rejects as soon as one promise rejects.
    const [user, orders] = await Promise.all([load("user", 200, true), load("orders", 50, false)]); //@ join
    console.log(user, orders); //@ both
  } catch (err) {
    console.log(`error: ${err.message}`); //@ error
  }
}

main();
