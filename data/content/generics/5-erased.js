// The type is gone at run time, so the caller passes a converter.
function parseAll(items, convert) { //@ sig
  return items.map(convert); //@ body
}

const toBool = (s) => s === "true";
console.log(parseAll(["1", "22", "333"], Number)); //@ nums
console.log(parseAll(["true", "false"], toBool)); //@ bools
