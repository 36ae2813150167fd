const scores = [10, 20];

const a = scores; //@ w1
const b = scores; //@ w2
a[0] += 1; //@ use1
b[0] += 5; //@ use2
console.log(`[${scores.join(", ")}]`); //@ print
