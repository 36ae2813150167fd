const prices = [120, 45, 300, 80, 15]; //@ list

const total = prices //@ total
  .filter((p) => p >= 50) // a new array //@ filter
  .map((p) => p * 2) // another new array //@ map
  .reduce((sum, p) => sum + p, 0); //@ sum

// reduce with a starting value.
const cheapest = prices.reduce((best, p) => Math.min(best, p), Infinity); //@ fold

console.log(total, cheapest); //@ print
