// Works on anything that > can compare, and on some things it cannot.
function largest(items) { //@ sig
  let best = items[0]; //@ first
  for (const item of items) { //@ loop
    if (item > best) best = item; //@ cmp
  }
  return best; //@ ret
}

console.log(largest([3, 9, 4])); //@ a
console.log(largest(["pear", "apple", "zucchini"])); //@ b
console.log(largest([])); //@ c
