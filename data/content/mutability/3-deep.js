const list = [];

// const protects the binding, not the array it points to.
list.push(1);
list.push(2);
console.log(list);

// Object.freeze is the run-time way to lock the contents (shallowly).
const frozen = Object.freeze([1, 2]);
console.log(Object.isFrozen(frozen));
