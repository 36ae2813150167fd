let total = 0; //@ decl

for (const price of [3, 4, 5]) { //@ loop
  total += price; //@ add
}

console.log(`total: ${total}`); //@ print
