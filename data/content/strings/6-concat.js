const first = "Grace"; //@ first
const last = "Hopper"; //@ last

const full = first + " " + last; //@ full
console.log(full); //@ print

const rank = "Rear" + " Admiral"; //@ rank
console.log(rank); //@ print2
