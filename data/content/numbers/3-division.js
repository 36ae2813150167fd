const items = 7; //@ items
const boxes = 2; //@ boxes

console.log(items / boxes); // 3.5: every Number is a float //@ div
console.log(Math.trunc(items / boxes)); //@ trunc
console.log(Math.trunc(-items / boxes)); //@ neg
console.log(-items % boxes); //@ rem
console.log(1 / 0); //@ inf
