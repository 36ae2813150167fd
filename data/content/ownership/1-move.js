// Assigning an object copies the reference, not the object.
const a = { name: "Ferris" };
const b = a; //@ assign

b.name = "Corro";

// Both names lead to the same object, so the change shows up through a.
console.log(a.name);
console.log(a === b);
