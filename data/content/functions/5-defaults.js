function greet(name, greeting = "Hello") { //@ fn
  return `${greeting}, ${name}!`; //@ body
}

console.log(greet("Ada")); //@ call1
console.log(greet("Ada", undefined)); // undefined also means "use the default" //@ call2
console.log(greet("Ada", "Welcome")); //@ call3
