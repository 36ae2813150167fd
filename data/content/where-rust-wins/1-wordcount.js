const text = `the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs`;

const counts = new Map();
for (const word of text.split(/\s+/)) {
  counts.set(word, (counts.get(word) ?? 0) + 1);
}

// Most frequent first, ties in alphabetical order.
const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
for (const [word, count] of top.slice(0, 3)) {
  console.log(`${count} ${word}`);
}
