const list = [1, 2]; //@ new

for (const n of list) { //@ read
  if (n < 3) { //@ check
    list.push(n + 10); // appending while iterating is allowed //@ write
  }
}

console.log(list); //@ print
