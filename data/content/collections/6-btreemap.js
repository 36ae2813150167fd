const stock = new Map(); //@ new
stock.set("pears", 4); //@ insert
stock.set("apples", 10); //@ insert
stock.set("figs", 0); //@ insert

// A Map iterates in insertion order, so sort to get alphabetical order.
for (const [fruit, n] of [...stock].sort(([a], [b]) => a.localeCompare(b))) { //@ loop
  console.log(`${fruit}: ${n}`); //@ print
}
console.log(stock.get("kiwis") ?? 0); //@ get
