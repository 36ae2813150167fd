function fibonacci(n) {
  let [a, b] = [0, 1];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

const U32_MAX = 2 ** 32 - 1;
for (const n of [47, 48]) {
  const value = fibonacci(n);
  // JavaScript numbers are doubles, so both values are exact here.
  console.log(`F(${n}) = ${value}, fits in u32: ${value <= U32_MAX}`);
}

// What a u32 would hold after wrapping around:
console.log(fibonacci(48) >>> 0);
