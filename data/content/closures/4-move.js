function makeCounter(step) { //@ fn
  let count = 0; //@ count
  return () => { //@ closure
    count += step; //@ body
    return count; //@ ret
  };
}

const byOne = makeCounter(1); //@ a
const byTen = makeCounter(10); //@ b
byOne(); //@ call
console.log(byOne(), byTen()); //@ print
