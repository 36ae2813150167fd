const assert = require("node:assert");

// Parses "WIDTHxHEIGHT", such as "800x600", into two positive integers.
function parseDimensions(text) {
  const parts = text.split("x");
  if (parts.length !== 2) {
    throw new Error(`expected WIDTHxHEIGHT, got "${text}"`);
  }
  const [width, height] = parts.map((part) => {
    if (!/^\d+$/.test(part)) throw new Error(`not a number: "${part}"`);
    return Number(part);
  });
  if (width === 0 || height === 0) {
    throw new Error("width and height must be positive");
  }
  return [width, height];
}

assert.deepStrictEqual(parseDimensions("800x600"), [800, 600]);
assert.deepStrictEqual(parseDimensions("1x1"), [1, 1]);
assert.throws(() => parseDimensions("800"), { message: 'expected WIDTHxHEIGHT, got "800"' });
assert.throws(() => parseDimensions("8x6x2"), { message: 'expected WIDTHxHEIGHT, got "8x6x2"' });
assert.throws(() => parseDimensions("wide x600"), { message: 'not a number: "wide "' });
assert.throws(() => parseDimensions("800xtall"), { message: 'not a number: "tall"' });
assert.throws(() => parseDimensions("0x600"), { message: "width and height must be positive" });
