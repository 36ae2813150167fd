const assert = require("node:assert");

function toGrayscale(rgba) {
  const gray = new Uint8Array(Math.floor(rgba.length / 4));
  for (let i = 0; i < gray.length; i++) {
    const [r, g, b] = rgba.subarray(i * 4, i * 4 + 3);
    gray[i] = Math.floor((r * 299 + g * 587 + b * 114) / 1000);
  }
  return gray;
}

assert.deepStrictEqual([...toGrayscale(new Uint8Array([255, 255, 255, 255]))], [255]);
assert.deepStrictEqual([...toGrayscale(new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255]))], [76, 149, 29]);
assert.deepStrictEqual([...toGrayscale(new Uint8Array([10, 20, 30, 0]))], [18]);
assert.deepStrictEqual([...toGrayscale(new Uint8Array([1, 2, 3]))], []);
