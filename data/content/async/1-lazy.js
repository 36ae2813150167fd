async function greet() {
  console.log("working");
  return "hello";
}

// Calling an async function starts it at once.
const promise = greet();
console.log("created");

promise.then((value) => console.log(value));
