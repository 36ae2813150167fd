function archive(doc) { //@ fn
  const size = doc.length; //@ size
  console.log(`archived: ${doc}`); //@ print
  return size; //@ ret
}

const draft = "meeting notes"; //@ make
const size = archive(draft); //@ call
// draft is still usable here: JavaScript strings are immutable values.
console.log(`${size} bytes`); //@ out
