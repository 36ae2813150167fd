let clicks = 0; //@ var
const click = () => { //@ closure
  clicks += 1; //@ body
};

click(); //@ call1
console.log("after one:", clicks); //@ read
click(); //@ call2
console.log("after two:", clicks); //@ print
