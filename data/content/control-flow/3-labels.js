const prices = [12, 30, 45, 8]; //@ prices
const budget = 53; //@ budget

let pair = null; //@ block
search: for (const a of prices) { //@ outer
  for (const b of prices) { //@ inner
    if (a < b && a + b === budget) { //@ check
      pair = [a, b]; //@ found
      break search; // leaves both loops //@ found
    } //@ endif
  } //@ endinner
} //@ endouter

console.log(pair); //@ print
