const greeting = "Hello"; // a string literal //@ literal
let message = greeting; //@ owned

message += ", world"; // creates a new string //@ push
message += "!"; //@ pushchar

console.log(message); //@ print
console.log(greeting); //@ print2
console.log(message.length); //@ len
