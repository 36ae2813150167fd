const production = process.env.NODE_ENV === "production"; //@ mode

function average(values) {
  if (!production && values.length === 0) { //@ check
    throw new Error("average of no values");
  }
  return values.reduce((sum, v) => sum + v, 0) / values.length; //@ avg
}

console.log(production ? "production" : "development: extra checks on"); //@ print
console.log(average([2, 4, 9])); //@ call
