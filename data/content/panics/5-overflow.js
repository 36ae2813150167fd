// A Uint8Array holds bytes, and arithmetic on them wraps around silently.
const stock = new Uint8Array([250]); //@ make
for (const delivery of [3, 4]) { //@ loop
  stock[0] += delivery; //@ add
  console.log(`stock ${stock[0]}`); //@ print
}
