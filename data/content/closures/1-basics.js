const factor = 3; //@ factor
const scale = (x) => x * factor; //@ scale
const add = (a, b) => a + b; //@ add

console.log(scale(5)); //@ call
console.log(add(2, 40)); //@ call2

const prices = [4, 10, 1]; //@ list
console.log(prices.map(scale)); //@ map
console.log(factor); //@ still
