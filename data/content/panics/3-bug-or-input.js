class InputError extends Error {}

function share(totalCents, people) { //@ share
  if (people === 0) throw new Error("share() needs at least one person"); //@ assert
  return Math.floor(totalCents / people); //@ divide
}

function parsePeople(text) { //@ parse
  const n = Number(text.trim());
  if (!Number.isInteger(n)) throw new InputError(`"${text}" is not a number`); //@ nan
  if (n === 0) throw new InputError("there must be at least one person"); //@ zero
  return n; //@ ok
}

for (const input of ["4", "0", "four"]) { //@ loop
  try {
    console.log(`each pays ${share(1000, parsePeople(input))}`); //@ pays
  } catch (err) {
    if (!(err instanceof InputError)) throw err; // a bug: let it crash
    console.log(`please try again: ${err.message}`); //@ again
  }
}
