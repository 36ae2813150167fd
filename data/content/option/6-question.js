// Returns the initials of "First Last", or undefined if a part is missing.
function initials(fullName) { //@ fn
  const [first, last] = fullName.split(" "); //@ split
  if (first === undefined || last === undefined) return undefined; //@ check
  return first[0] + last[0]; //@ result
}

for (const name of ["Grace Hopper", "Ferris"]) { //@ loop
  const result = initials(name);
  if (result !== undefined) { //@ iflet
    console.log(`${name} -> ${result}`); //@ some
  } else { //@ else
    console.log(`${name} -> no initials`); //@ none
  }
}
