// Returns the initials of "First Last", or undefined if a part is missing.
function initials(fullName) {
  const [first, last] = fullName.split(" ");
  if (first === undefined || last === undefined) return undefined;
  return first[0] + last[0];
}

for (const name of ["Grace Hopper", "Ferris"]) {
  const result = initials(name);
  if (result !== undefined) {
    console.log(`${name} -> ${result}`);
  } else {
    console.log(`${name} -> no initials`);
  }
}
