const prices = [4, 10, 1]; //@ list

// map runs at once and returns a new array.
const doubled = prices.map((p) => p * 2); //@ map

console.log(doubled); //@ print
