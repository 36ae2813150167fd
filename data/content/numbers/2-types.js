const big = 2 ** 53; //@ big
console.log(big + 1 === big); // true: a Number has only 53 bits of precision //@ same

console.log(2n ** 64n - 1n); // a BigInt, written with the n suffix //@ max

const count = 42; //@ count
const ratio = 4.2; //@ ratio
console.log(typeof count, typeof ratio); //@ types
