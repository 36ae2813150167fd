function addPoints(score, points) { //@ fn
  return score + points; //@ add
}

const score = 250; //@ score
console.log(addPoints(score, 5)); //@ ok
console.log(addPoints(score, 10)); // 260: there is no limit to hit //@ over

// A typed array keeps only 8 bits and wraps without a word.
console.log(new Uint8Array([score + 10])[0]);
