// Keys are printed as text, values in their debug form.
function report(title, pairs) { //@ sig
  console.log(`${title}:`); //@ title
  for (const [key, value] of pairs) { //@ loop
    console.log(`  ${key} = ${JSON.stringify(value)}`); //@ line
  }
}

report("tags", [["rust", [1, 2]], ["js", []]]); //@ a
report("scores", [[1, 90.5], [2, null]]); //@ b
