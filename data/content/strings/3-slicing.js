const word = "crab🦀"; //@ word

console.log(word.slice(0, 4)); //@ ok
console.log([...word].slice(0, 5).join("")); // by code points //@ chars

// Half of the emoji's surrogate pair: a broken string, and no error.
console.log(JSON.stringify(word.slice(0, 5))); //@ bad
