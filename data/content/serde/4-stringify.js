const order = { //@ value
  id: 1042, //@ id
  items: ["tea", "scones"], //@ items
  paid: true, //@ paid
};

console.log(JSON.stringify(order)); //@ compact
console.log(JSON.stringify(order, null, 2)); //@ pretty
