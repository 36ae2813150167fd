// Works on anything that > can compare, and on some things it cannot.
function largest(items) {
  let best = items[0];
  for (const item of items) {
    if (item > best) best = item;
  }
  return best;
}

console.log(largest([3, 9, 4]));
console.log(largest(["pear", "apple", "zucchini"]));
console.log(largest([]));
