function fibonacci(n) { //@ fn
  let [current, previous] = [0, 1]; //@ init
  for (let i = 0; i < n; i++) [current, previous] = [current + previous, current]; //@ step
  return current; //@ ret
}

const U32_MAX = 2 ** 32 - 1;
for (const n of [47, 48]) { //@ loop
  const value = fibonacci(n);
  // Doubles are exact here, so both values are right.
  console.log(`F(${n}) = ${value}, fits in u32: ${value <= U32_MAX}`); //@ print
}

// What a u32 holds after wrapping around:
console.log(fibonacci(48) >>> 0); //@ wrap
