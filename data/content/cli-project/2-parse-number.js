const value = "many"; //@ value
// Not a number, so this is NaN, and nothing stops the program.
const top = Number(value); //@ parse
console.log(`showing the top ${top} words`); //@ print
