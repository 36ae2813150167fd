function brighten(pixels, amount) { //@ fn
  for (let i = 0; i < pixels.length; i++) { //@ each
    // The clamped array turns 270 into 255 by itself.
    if (i % 4 !== 3) pixels[i] += amount; //@ add
  }
}

// Two pixels: dark red and almost white, both fully opaque.
const pixels = new Uint8ClampedArray([100, 0, 0, 255, 250, 240, 230, 255]); //@ data
brighten(pixels, 20); //@ call
console.log(pixels.join(" ")); //@ print
