const a = { name: "Ada", tags: ["admin"] }; //@ make

// structuredClone makes a deep copy that can change on its own.
const b = structuredClone(a); //@ clone
b.tags.push("editor"); //@ change
console.log(`${a.name}: ${a.tags.join(", ")}`); //@ print1
console.log(`${b.name}: ${b.tags.join(", ")}`); //@ print2
