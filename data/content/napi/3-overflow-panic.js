const U32_MAX = 2 ** 32 - 1;

function fibonacci(n) { //@ fn
  let [current, previous] = [0, 1]; //@ init
  for (let i = 0; i < n; i++) { //@ loop
    const next = current + previous; //@ add
    // The check a Rust debug build performs, written by hand.
    if (next > U32_MAX) throw new RangeError("attempt to add with overflow"); //@ add
    [current, previous] = [next, current]; //@ step
  }
  return current; //@ ret
}

console.log(`F(47) = ${fibonacci(47)}`); //@ ok
try {
  console.log(`F(48) = ${fibonacci(48)}`); //@ fail
} catch (err) {
  console.log(`${err.name}: ${err.message}`);
}
