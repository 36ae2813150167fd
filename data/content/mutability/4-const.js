// A JavaScript const is computed when this line runs.
const SECONDS_PER_DAY = 24 * 60 * 60;
const startedAt = Date.now(); // any expression is allowed

console.log(SECONDS_PER_DAY);
console.log(typeof startedAt);
