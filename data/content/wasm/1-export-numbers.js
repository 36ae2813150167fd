// The same function in plain JavaScript.
function escapeTime(cx, cy, limit) { //@ fn
  let [x, y] = [0, 0]; //@ init
  let steps = 0; //@ steps
  while (steps < limit && x * x + y * y <= 4) { //@ loop
    const nextX = x * x - y * y + cx; //@ nextx
    y = 2 * x * y + cy; //@ y
    x = nextX; //@ x
    steps++; //@ count
  }
  return steps; //@ ret
}

console.log(escapeTime(0, 0, 100), escapeTime(1, 1, 100), escapeTime(-0.75, 0.1, 100));
