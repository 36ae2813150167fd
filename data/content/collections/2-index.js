const scores = [70, 85, 92]; //@ new
console.log("first:", scores[0]); //@ first

const tenth = scores[10]; // undefined, no error //@ index
console.log("tenth:", tenth); //@ print
