const sum = 0.1 + 0.2; //@ sum

console.log(sum); //@ print
console.log(sum === 0.3); //@ eq
console.log(sum.toFixed(2)); //@ fixed
console.log(Math.abs(sum - 0.3) < 1e-9); //@ close
console.log(Math.round(2.5), Math.round(-2.5)); //@ round
