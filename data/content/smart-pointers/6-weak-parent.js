const createNode = (name) => ({ name, parent: null, children: [] }); //@ create

function append(parent, child) { //@ append
  child.parent = parent; // a second reference, back up the tree //@ link
  parent.children.push(child); //@ push
}

let body = createNode("body"); //@ body
const section = createNode("section"); //@ section
const p = createNode("p"); //@ p
append(body, section); //@ tree
append(section, p); //@ tree

const path = []; //@ path
for (let node = p; node !== null; node = node.parent) path.push(node.name); //@ walk
console.log(path.join(" < ")); //@ print

body = null; // section.parent still keeps the old body alive //@ drop
console.log(section.parent === null); //@ gone
