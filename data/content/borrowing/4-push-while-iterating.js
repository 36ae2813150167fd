const queue = ["a", "b"]; //@ make
let visits = 0;

// for...of also visits the items pushed during the loop.
for (const item of queue) { //@ loop
  visits += 1;
  if (!item.endsWith("!")) queue.push(item + "!"); //@ push
}
console.log(`${visits} visits: ${queue.join(" ")}`); //@ print
