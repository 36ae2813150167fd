function longer(a, b) { //@ sig
  return a.length >= b.length ? a : b; //@ body
}

console.log(longer("borrow", "own")); //@ call
