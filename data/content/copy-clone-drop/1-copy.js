const a = { x: 1, y: 2 }; //@ make

// Objects are shared, so JavaScript needs an explicit copy, here a spread.
const b = { ...a }; //@ copy
b.x = 10; //@ change
console.log(`a = (${a.x}, ${a.y}), b = (${b.x}, ${b.y})`); //@ print
