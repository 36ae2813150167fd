const cities = new Map([["Ada", "London"]]); //@ map

for (const name of ["Ada", "Linus"]) { //@ loop
  // ?. stops at a missing value and gives undefined.
  const city = cities.get(name)?.toUpperCase(); //@ chain
  console.log(`${name}: ${city ?? "unknown"}`); //@ print
}
