const LIMIT = 255; // pretend the value must fit in one byte
const score = 250; //@ score
const sum = score + 10;

console.log(sum > LIMIT ? null : sum); //@ checked
console.log(score + 5 > LIMIT ? null : score + 5); //@ checkedok
console.log(sum % (LIMIT + 1)); //@ wrapping
console.log(Math.min(sum, LIMIT)); //@ saturating
