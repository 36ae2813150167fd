const scores = [90, 72, 85]; //@ data
const best = Math.max(...scores); //@ best

console.log(scores); //@ debug
console.log(`best: ${best}`); //@ display
console.log(["Ada", 36]); //@ tuple
console.error("this line goes to standard error"); //@ stderr
