// The nearest JavaScript equivalents of each Rust cast.
console.log(300 & 0xff); // keep the low 8 bits //@ low
console.log(-1 >>> 0); // reinterpret as unsigned 32-bit //@ unsigned
console.log(Math.trunc(3.99)); //@ trunc
console.log(new Uint8Array([-1.5])[0]); // wraps around to 255 //@ negative
console.log(1e10 | 0); // wraps to an unrelated number //@ big
console.log(NaN | 0); //@ nan
