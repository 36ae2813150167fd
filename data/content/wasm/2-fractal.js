function escapeTime(cx, cy, limit) { //@ fn
  let [x, y] = [0, 0];
  let steps = 0;
  while (steps < limit && x * x + y * y <= 4) {
    const nextX = x * x - y * y + cx;
    y = 2 * x * y + cy;
    x = nextX;
    steps++;
  }
  return steps;
}

for (let row = 0; row <= 10; row++) { //@ rows
  const cy = 1 - row * 0.2; //@ cy
  let line = ""; //@ line
  for (let col = 0; col < 40; col++) { //@ cols
    const steps = escapeTime(-2.1 + col * 0.07, cy, 50); //@ call
    line += steps === 50 ? "#" : steps > 5 ? "+" : "."; //@ char
  }
  console.log(line); //@ print
}
