// Usage: node first-cli.js 0 37 100
const inputs = process.argv.slice(2); //@ args
const temperatures = inputs.length > 0 ? inputs : ["0", "37", "100"]; //@ default

for (const text of temperatures) { //@ loop
  const celsius = Number(text); //@ parse
  if (Number.isNaN(celsius)) { //@ parse
    console.error(`not a number: ${text}`); //@ error
    continue; //@ skip
  }
  const fahrenheit = (celsius * 9) / 5 + 32; //@ convert
  console.log(`${celsius} °C = ${fahrenheit.toFixed(1)} °F`); //@ print
}
