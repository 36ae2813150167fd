function double(x) { //@ double
  return x * 2; //@ doublebody
}

function square(x) { //@ square
  return x * x; //@ squarebody
}

function applyTwice(f, value) { //@ apply
  return f(f(value)); //@ applybody
}

console.log(applyTwice(double, 3)); //@ call1
console.log(applyTwice(square, 3)); //@ call2
console.log(applyTwice((x) => x - 1, 3)); //@ call3
