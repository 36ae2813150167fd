// A JavaScript const is computed when this line runs.
const SECONDS_PER_DAY = 24 * 60 * 60; //@ const

console.log(SECONDS_PER_DAY); //@ print

const startedAt = Date.now(); // any expression is allowed //@ now
console.log(typeof startedAt); //@ use
