for (const word of ["e", "é", "🦀", "crab🦀"]) { //@ loop
  const units = word.length; // UTF-16 code units //@ len
  const chars = [...word].length; // code points //@ chars
  console.log(`${word}: length ${units}, characters ${chars}`); //@ print
}
