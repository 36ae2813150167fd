let clicks = 0; //@ var
const click = () => { //@ closure
  clicks += 1; //@ body
};

click(); //@ call
click(); //@ call
click(); //@ call
console.log(clicks); //@ print
