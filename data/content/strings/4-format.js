const name = "Ferris"; //@ name
const qty = 3; //@ qty
const price = 4.5; //@ price

const line = `${name}: ${qty} x ${price.toFixed(2)} = ${(qty * price).toFixed(2)}`; //@ line
console.log(line); //@ print
console.log(`[${name.padStart(8)}] [${name.padEnd(8)}]`); //@ align
console.log(String(qty).padStart(3, "0")); //@ zero
console.log(JSON.stringify(name)); // quoted, with escapes //@ debug
console.log(`{${name}}`); //@ braces
