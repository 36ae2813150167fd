// node hello.js runs the file from top to bottom.
const version = "1.0"; //@ version
const year = 2015; //@ year

console.log("Hello, world!"); //@ hello
console.log(`Rust ${version} was released in ${year}.`); //@ fmt
