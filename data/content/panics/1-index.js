const scores = [90, 72, 85]; //@ make

console.log(`first: ${scores[0]}`); //@ first
// Reading past the end is not an error in JavaScript: it gives undefined.
console.log(`eleventh: ${scores[10]}`); //@ index
console.log("still running"); //@ after
