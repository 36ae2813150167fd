function parseAge(text) { //@ fn
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) { //@ parse
    throw new Error(`"${text}" is not a number: invalid digit found in string`); //@ maperr
  }
  const age = Number(trimmed);
  if (age > 130) throw new Error(`${age} is too old`); //@ andthen
  return age;
}

for (const input of ["42", "abc", "200"]) { //@ loop
  try {
    console.log(`age ${parseAge(input)}`); //@ okcase
  } catch (err) {
    console.log(`error: ${err.message}`); //@ errcase
  }
}

let age = 0; //@ default
try {
  age = parseAge("oops");
} catch {} // keep the default
console.log(`default ${age}`); //@ print
