// Objects would each carry an engine-dependent overhead, so store the
// coordinates in a typed array instead: x at 2*i, y at 2*i + 1.
const count = 1_000_000; //@ count
const points = new Float32Array(count * 2); //@ alloc
for (let i = 0; i < count; i++) { //@ loop
  points[2 * i] = i; //@ push
  points[2 * i + 1] = i / 2; //@ push
}

console.log(`${points.byteLength} bytes`); //@ bytes
const last = count - 1; //@ last
console.log(points[2 * last], points[2 * last + 1]); //@ print
