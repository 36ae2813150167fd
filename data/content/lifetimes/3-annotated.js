function longer(a, b) { //@ sig
  return a.length >= b.length ? a : b; //@ body
}

const first = "borrow"; //@ first
{
  const second = "lifetime"; //@ second
  const result = longer(first, second); //@ call
  console.log(result); //@ print
}
