const order = { customer: "Ada", items: ["tea", "cake"], totalCents: 850 }; //@ make

const customer = order.customer; //@ take
const total = order.totalCents; //@ copy
console.log(`${customer} pays ${total}`); //@ print1
console.log(`${order.items.length} items, ${order.totalCents} cents`); //@ print2
