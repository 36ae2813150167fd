const prices = new Map([["apple", 120], ["pear", 95]]); //@ prices

for (const fruit of ["pear", "kiwi"]) { //@ loop
  const price = prices.get(fruit); //@ iflet
  if (price !== undefined) { //@ iflet
    console.log(`${fruit}: ${price} cents`); //@ found
  } else { //@ else
    console.log(`${fruit}: not sold here`); //@ missing
  } //@ endif
}

const stack = ["write tests", "fix bug", "deploy"]; //@ stack
while (stack.length > 0) { //@ whilelet
  const task = stack.pop(); //@ whilelet
  console.log(`doing: ${task}`); //@ task
} //@ endwhile
