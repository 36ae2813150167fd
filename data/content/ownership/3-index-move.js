const names = ["Ada", "Grace", "Linus"];

// Reading an element gives you the same value under another name.
const first = names[0]; //@ index
console.log(first, names.length); //@ print
