// Each node refers to the next one; null ends the list.
function sum(node) { //@ fn
  const rest = node.next === null ? 0 : sum(node.next); //@ rest
  return node.value + rest; //@ add
}

const list = { value: 1, next: { value: 2, next: { value: 3, next: null } } }; //@ build
console.log(sum(list)); //@ print
