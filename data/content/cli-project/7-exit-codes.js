function parseTop(value) { //@ parsefn
  const n = Number(value); //@ parse
  if (!Number.isInteger(n)) throw new Error(`--top expects a number, got '${value}'`); //@ parse
  if (n === 0) throw new Error("--top must be at least 1"); //@ zero
  return n; //@ ok
}

function run(value) { //@ run
  const top = parseTop(value); // an exception skips the rest //@ q
  console.log(`showing the top ${top} words`); //@ show
}

for (const value of ["5", "many", "0"]) { //@ loop
  let status = 0; //@ status
  try { run(value); } catch (err) { //@ match
    console.error(`tally: ${err.message}`); // stderr, not stdout //@ eprint
    status = 1; // a real tool: process.exitCode = 1 //@ one
  }
  console.log(`exit status ${status}`); //@ print
}
