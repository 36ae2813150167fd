const words = ["apple", "fig", "banana"]; //@ list

const lengths = words.map((w) => w.length); //@ vec
const initials = words.map((w) => w[0]).join(""); //@ string
const byWord = new Map(words.map((w) => [w, w.length])); //@ map

console.log(lengths); //@ p1
console.log(initials); //@ p2
console.log([...byWord].sort()); //@ p3
