const visitors = ["ada", "linus", "ada", "grace", "linus"]; //@ list
const unique = new Set(); //@ new

for (const name of visitors) { //@ loop
  if (!unique.has(name)) { //@ insert
    unique.add(name); //@ insert
    console.log("first visit:", name); //@ first
  }
}

const staff = new Set(["grace", "margaret"]); //@ staff
const both = [...unique].filter((n) => staff.has(n)).sort(); //@ both
console.log(unique.size, both); //@ print
