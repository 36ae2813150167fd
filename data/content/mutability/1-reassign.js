const limit = 10;

try {
  limit = 20; // only detected when this line actually runs
} catch (err) {
  console.log(`${err.name}: ${err.message}`);
}

console.log(limit);
