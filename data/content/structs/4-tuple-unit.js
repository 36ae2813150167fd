// Both parameters are plain numbers, so nothing catches swapped arguments.
function speed(distance, time) { //@ speed
  return distance / time; //@ divide
}

const distance = 100; //@ distance
const time = 8; //@ time
console.log(speed(distance, time)); //@ right
console.log(speed(time, distance)); // oops, but it runs //@ wrong

// An object with no data, used only for its method.
const metric = { unit: () => "m/s" }; //@ unit
console.log(metric.unit()); //@ print
