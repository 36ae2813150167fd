const temperature = 23; //@ temp

const label = temperature > 25 ? "hot" : temperature > 15 ? "mild" : "cold"; //@ label
console.log(label); //@ print1

// An immediately invoked function keeps the temporary names out of scope.
const feelsLike = (() => { //@ block
  const wind = 10; //@ wind
  const chill = wind / 5; //@ chill
  return temperature - chill; //@ value
})(); //@ end
console.log(feelsLike); //@ print2
