function parseDigits(text) { //@ int
  if (!/^\d+$/.test(text)) throw new Error("invalid digit found in string");
  return Number(text);
}

function area(width, height) { //@ fn
  const w = Number(width); //@ float
  const h = parseDigits(height); //@ int
  if (!(w > 0)) throw new Error("width must be positive"); //@ msg
  return w * h; //@ ok
}

for (const [w, h] of [["2.5", "4"], ["2.5", "four"], ["-1", "4"]]) { //@ loop
  try {
    console.log(`area ${area(w, h)}`); //@ okcase
  } catch (err) {
    console.log(`error: ${err.message}`); //@ errcase
  }
}
