function parseSetting(line) { //@ fn
  const [key, value] = line.split("="); //@ split
  if (value === undefined) return null; // no "=" in the line //@ split
  const number = Number(value); //@ parse
  if (!Number.isInteger(number)) return null; //@ parse
  return [key.trim(), number]; //@ ok
}

console.log(parseSetting("port=8080")); //@ call1
console.log(parseSetting("verbose")); //@ call2
console.log(parseSetting("port=eighty")); //@ call3
