let kept; //@ decl
{
  const user = { name: "Ferris" }; //@ make
  kept = user; //@ borrow
} // the block ends, but the object lives on because kept still refers to it
console.log(kept.name); //@ print
