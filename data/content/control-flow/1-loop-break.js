let balance = 1000; //@ balance
let steps = 0; //@ steps

let needed; //@ loop
while (true) { //@ loop
  balance *= 1.1; // 10% interest per year //@ grow
  steps += 1; //@ count
  if (balance >= 2000) { //@ check
    needed = steps; //@ break
    break; //@ break
  } //@ endif
} //@ end

console.log(`doubled after ${needed} years`); //@ print
