async function greet() { //@ fn
  console.log("working"); //@ body
  return "hello"; //@ ret
}

// Calling an async function runs its body at once, up to the first await.
const promise = greet(); //@ create
console.log("created"); //@ created

promise.then((value) => console.log(value)); //@ await
