const prices = [120, 80, 45]; //@ make

let total = 0; //@ total
for (const p of prices) { //@ read
  total += p; //@ add
}
for (let i = 0; i < prices.length; i++) { //@ write
  prices[i] *= 2; //@ double
}
console.log(`${total} [${prices.join(", ")}]`); //@ print
