const text = "the cat saw the other cat"; //@ text
const counts = new Map(); //@ new

for (const word of text.split(" ")) { //@ loop
  counts.set(word, (counts.get(word) ?? 0) + 1); //@ entry
}

// A Map keeps insertion order; sort anyway to match the Rust output.
const sorted = [...counts].sort(([a], [b]) => a.localeCompare(b)); //@ sort
for (const [word, n] of sorted) console.log(word, n); //@ print
