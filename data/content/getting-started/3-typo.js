const totalPrice = 42; //@ total
const inStock = false; //@ stock

if (inStock) { //@ if
  // A typo in a branch that rarely runs stays hidden until the day it runs.
  console.log(`Total: ${totlPrice}`);
}
console.log(`Total: ${totalPrice}`); //@ print
