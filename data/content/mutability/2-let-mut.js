let total = 0;

for (const price of [3, 4, 5]) {
  total += price;
}

console.log(`total: ${total}`);
