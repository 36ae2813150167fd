const scores = [70, 85, 92]; //@ new

for (const i of [1, 10]) { //@ loop
  const score = scores[i]; //@ get
  console.log(score === undefined ? `no score at ${i}` : `score ${i}: ${score}`); //@ print
}
console.log(scores.at(-1)); //@ last
console.log([].at(0) ?? "empty"); //@ empty
