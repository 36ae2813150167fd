function area(width, height) { //@ fn
  width * height; // forgot the return: the result is thrown away //@ body
}

const total = area(3, 4) + 1; //@ call
console.log(total); // NaN, far from the real mistake //@ print
