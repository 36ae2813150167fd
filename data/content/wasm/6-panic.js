function pixelAt(pixels, index) { //@ fn
  return pixels[index]; //@ index
}

const pixels = [10, 20, 30]; //@ data
console.log(pixelAt(pixels, 1)); //@ ok
// Past the end: JavaScript quietly gives undefined.
console.log(pixelAt(pixels, 10)); //@ bad
