const data = JSON.parse('{ "items": [{ "name": "tea", "price": 2.5 }] }'); //@ parse

console.log(data.items[0].price); //@ index
console.log(data.items[3]?.price); // optional chaining avoids a TypeError //@ missing

const total = data.items.reduce((sum, item) => sum + item.price, 0); //@ total
const reply = { count: data.items.length, total }; //@ build
console.log(JSON.stringify(reply)); //@ print
