const names = ["ada", "grace"]; //@ list

// Read each item; the array is unchanged.
for (const n of names) { //@ iter
  console.log(n.length); //@ len
}

// Change in place (by index: n is only a local variable).
names.forEach((n, i) => { //@ itermut
  names[i] = n.toUpperCase(); //@ upper
});

// Build new strings from the items; names stays usable in JavaScript.
const shouted = names.map((n) => n + "!"); //@ into
console.log(shouted); //@ print
