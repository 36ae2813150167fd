const list = []; //@ decl

// const protects the binding, not the array it points to.
list.push(1); //@ push1
list.push(2); //@ push2
console.log(list); //@ print

// Object.freeze is the run-time way to lock the contents (one level deep).
const frozen = Object.freeze([1, 2]);
console.log(Object.isFrozen(frozen));
