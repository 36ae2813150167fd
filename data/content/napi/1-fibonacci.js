// The classic slow recursive version: a good stress test for function calls.
function fibonacci(n) { //@ fn
  return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2); //@ body
}

console.log(fibonacci(10)); //@ ten
console.log(fibonacci(30)); //@ thirty
