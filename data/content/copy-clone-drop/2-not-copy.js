const a = { name: "Ada", tags: ["admin"] }; //@ make

// A spread copies the top level only: both objects share one tags array.
const b = { ...a }; //@ copy
b.tags.push("editor"); //@ change
console.log(a.tags.join(", ")); //@ print
