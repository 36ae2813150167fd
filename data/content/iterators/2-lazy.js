const numbers = [1, 2, 3, 4]; //@ list

const result = numbers //@ chain
  .map((n) => { //@ map
    console.log(`map ${n}`); //@ maplog
    return n * 10; //@ mapret
  })
  .filter((n) => { //@ filter
    console.log(`filter ${n}`); //@ filterlog
    return n > 10; //@ filterret
  })
  .slice(0, 2); //@ take
console.log("chain built"); //@ built

console.log(result); //@ print
