// Plain text unless the optional package can be loaded.
let paint = (text) => text; //@ plain
let hasColor = false;

try {
  const pc = require("picocolors"); //@ cfg
  paint = (text) => pc.green(text); //@ color
  hasColor = true;
} catch {
  // Not installed: keep the plain version.
}

console.log(paint("all tests passed")); //@ print
console.log(`color package: ${hasColor}`); //@ flag
