function risky(n) { //@ fn
  if (n < 0) throw new Error(`negative input: ${n}`); //@ panic
  return n * 2; //@ ok
}

for (const n of [21, -1]) { //@ loop
  try {
    console.log(`value ${risky(n)}`); //@ value
  } catch {
    console.log("the task failed; carrying on"); //@ failed
  }
}
