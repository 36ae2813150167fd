const text = `the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs`;

const counts = new Map(); //@ map
for (const word of text.split(/\s+/)) { //@ loop
  counts.set(word, (counts.get(word) ?? 0) + 1); //@ count
}

// Most frequent first, ties in alphabetical order.
const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])); //@ sort
for (const [word, count] of top.slice(0, 3)) { //@ top
  console.log(`${count} ${word}`); //@ print
}
