const names = ["Grace", "Ada"]; //@ new
names.push("Linus"); //@ push

console.log(names.length, names.includes("Ada")); //@ len
names.sort(); //@ sort
console.log(names.join(", ")); //@ join

const sizes = [10, 9, 100]; //@ nums
sizes.sort(); // compares as strings! //@ sortnums
console.log(sizes); //@ print
