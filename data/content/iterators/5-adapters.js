const names = ["ada", "grace", "linus"]; //@ names
const scores = [90, 85]; //@ scores

for (const [i, n] of names.entries()) { //@ enumerate
  console.log(i, n); //@ eprint
}

// No zip in JavaScript: index into the other array by hand.
const pairs = scores.map((s, i) => `${names[i]}=${s}`); //@ zip
console.log(pairs.join(" ")); //@ zipprint

const firstThree = ["margaret"].concat(names).slice(0, 3); //@ chain
console.log(firstThree.join(" ")); //@ chainprint

// Copy first: reverse() changes the array in place.
console.log([...names].reverse().join(" ")); //@ rev
