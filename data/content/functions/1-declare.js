function area(width, height) { //@ fn
  return width * height; //@ body
}

console.log(area(3, 4)); //@ call1
console.log(area(2.5, 2)); //@ call2
console.log(describe(3)); // function declarations are hoisted //@ call3

function describe(side) { //@ fn2
  return `a square of side ${side} has area ${area(side, side)}`; //@ body2
}
