class TooLargeError extends Error {} //@ type

function parseLimit(text) { //@ fn
  // JSON.parse throws a SyntaxError for bad input, and it leaves parseLimit
  // as it is: callers must be ready for any kind of error.
  const limit = JSON.parse(text); //@ parse
  if (limit > 100) throw new TooLargeError(`${limit} is above 100`); //@ large
  return limit;
}

console.log(parseLimit("50")); //@ call
