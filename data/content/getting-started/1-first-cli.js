// Usage: node 1-first-cli.js 0 37 100
const inputs = process.argv.slice(2);
const temperatures = inputs.length > 0 ? inputs : ["0", "37", "100"];

for (const text of temperatures) {
  const celsius = Number(text);
  if (Number.isNaN(celsius)) {
    console.error(`not a number: ${text}`);
    continue;
  }
  const fahrenheit = celsius * 9 / 5 + 32;
  console.log(`${celsius} °C = ${fahrenheit.toFixed(1)} °F`);
}
