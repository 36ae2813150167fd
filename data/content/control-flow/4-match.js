function describe(n) { //@ fn
  switch (true) { //@ match
    case n === 0: //@ zero
      return "zero"; //@ zero
    case n === 7 || n === 13: //@ alt
      return "lucky"; //@ alt
    case n >= 1 && n <= 9: //@ range
      return `small (${n})`; //@ range
    case n % 2 === 0: //@ guard
      return "large and even"; //@ guard
    default: //@ default
      return "large and odd"; //@ default
  } //@ end
}

for (const n of [0, 7, 4, 12, 13, 21]) { //@ loop
  console.log(`${n}: ${describe(n)}`); //@ print
}
