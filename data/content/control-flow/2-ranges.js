const out = []; //@ out
for (let i = 0; i < 3; i++) { //@ excl
  out.push(i); //@ push1
}
for (let i = 1; i <= 3; i++) { //@ incl
  out.push(i); //@ push2
}
for (let i = 2; i >= 0; i--) { //@ rev
  out.push(i); //@ push3
}
for (let i = 0; i < 10; i += 4) { //@ step
  out.push(i); //@ push4
}
console.log(`[${out.join(", ")}]`); //@ print

const fruits = ["apple", "pear"]; //@ fruits
for (const [i, fruit] of fruits.entries()) { //@ enum
  console.log(`${i}: ${fruit}`); //@ item
}
