function toByte(n) { //@ fn
  if (!Number.isInteger(n) || n < 0 || n > 255) { //@ check
    throw new RangeError(`${n} does not fit in a byte`); //@ err
  }
  return n; //@ ok
}

for (const n of [200, 300, -1]) { //@ loop
  try {
    console.log(`ok: ${toByte(n)}`); //@ print
  } catch (e) {
    console.log(`error: ${e.message}`); //@ printerr
  }
}
console.log(Number("42") + 1); //@ parse
