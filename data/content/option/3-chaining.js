const cities = new Map([["Ada", "London"]]);

for (const name of ["Ada", "Linus"]) {
  // ?. stops at a missing value and gives undefined.
  const city = cities.get(name)?.toUpperCase();
  console.log(`${name}: ${city ?? "unknown"}`);
}
