// Count the primes below a limit with the sieve of Eratosthenes.
function countPrimes(limit) { //@ fn
  const composite = new Uint8Array(limit); //@ alloc
  let count = 0; //@ zero
  for (let n = 2; n < limit; n++) { //@ outer
    if (composite[n]) continue; //@ skip
    count++; //@ count
    for (let m = n * n; m < limit; m += n) composite[m] = 1; //@ mark
  }
  return count; //@ ret
}

console.log(countPrimes(2_000_000)); //@ print
