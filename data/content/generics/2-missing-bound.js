function largest(items) { //@ sig
  let best = items[0]; //@ first
  for (const item of items) { //@ loop
    if (item > best) best = item; //@ cmp
  }
  return best; //@ ret
}

// Objects compare as "[object Object]", so > is always false.
console.log(largest([{ size: 1 }, { size: 5 }])); //@ call
