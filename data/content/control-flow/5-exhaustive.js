function label(stars) { //@ fn
  switch (stars) { //@ match
    case 0: return "unrated"; //@ zero
    case 1: case 2: return "poor"; //@ poor
    case 3: return "fine"; //@ fine
    case 4: case 5: return "great"; //@ great
  } //@ end
  // Falls out of the switch: the function returns undefined.
}

console.log(label(4)); //@ ok
console.log(label(6)); //@ bad
