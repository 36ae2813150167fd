const limit = 10; //@ decl

try {
  limit = 20; // only detected when this line actually runs //@ assign
} catch (err) {
  console.log(`${err.name}: ${err.message}`);
}

console.log(limit); //@ print
