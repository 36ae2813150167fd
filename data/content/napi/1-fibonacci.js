// The classic slow recursive version: a good stress test for function calls.
function fibonacci(n) {
  return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2);
}

console.log(fibonacci(10));
console.log(fibonacci(30));
