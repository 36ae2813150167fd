function parseDigits(text) { //@ helper
  if (!/^\d+$/.test(text)) throw new Error(`invalid number: ${text}`);
  return Number(text);
}

function main() { //@ main
  const width = parseDigits("800"); //@ w
  const height = parseDigits("600"); //@ h
  console.log(`${width * height} pixels`); //@ print
}

// An uncaught exception would end the process with exit code 1.
try {
  main();
} catch (err) {
  console.error(`Error: ${err.message}`);
  process.exitCode = 1;
}
