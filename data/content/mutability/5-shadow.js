const input = "42";

// A new name is needed for the converted value.
const inputNumber = Number(input);

console.log(inputNumber + 1);
