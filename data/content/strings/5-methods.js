const input = "  Straße, Brücke,, Tor  "; //@ input

const trimmed = input.trim(); //@ trim
console.log(trimmed.toUpperCase()); //@ upper
console.log(trimmed.split(",")); //@ split
console.log(trimmed.includes("Brücke")); //@ contains
console.log(trimmed.startsWith("Str")); //@ starts
console.log(trimmed.replaceAll(", ", "/")); //@ replace
