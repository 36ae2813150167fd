const names = ["Ada", "Grace", "Linus"]; //@ names

// Works, but a linter would point at the index loop and the === true.
for (let i = 0; i < names.length; i++) { //@ loop
  console.log(`${i + 1}. ${names[i]}`); //@ print
}
const done = names.length > 2; //@ done
if (done === true) { //@ check
  console.log("done"); //@ msg
}

// The tidier version:
// names.forEach((name, i) => console.log(`${i + 1}. ${name}`));
// if (done) { ... }
