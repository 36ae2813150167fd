const input = " 42 "; //@ text

// A new name is needed for each converted value.
const inputNumber = Number(input.trim()); //@ parse

console.log(inputNumber + 1); //@ print
