// The same two functions in plain JavaScript.
function slugify(title) { //@ slug
  return title //@ body
    .toLowerCase() //@ lower
    .split(/[^a-z0-9]+/) //@ split
    .filter(Boolean) //@ filter
    .join("-"); //@ join
}

function brighten(pixels, amount) { //@ bright
  for (let i = 0; i < pixels.length; i++) { //@ each
    // Every fourth byte is alpha (red, green, blue, alpha): leave it alone.
    if (i % 4 !== 3) pixels[i] = Math.min(255, pixels[i] + amount); //@ add
  }
}

console.log(slugify("Hello, WebAssembly World!"));
const pixels = new Uint8Array([10, 250, 128, 255]);
brighten(pixels, 20);
console.log(pixels.join(" "));
