// JSON.parse needs no setup: it builds plain objects and arrays. //@ import
const text = '{ "name": "Ferris", "age": 7, "languages": ["Rust", "C"] }'; //@ text

// Nothing says what shape the result should have. //@ shape
const user = JSON.parse(text); //@ parse

console.log(`${user.name} is ${user.age}`); //@ use
console.log(user.languages.join(", ")); //@ langs
console.log(user);
