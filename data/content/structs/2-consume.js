class Order {
  constructor() {
    this.items = [];
  }
  add(item) { //@ add
    this.items.push(item);
  }
  checkout() { //@ checkout
    return `Receipt: ${this.items.join(", ")}`;
  }
}

const order = new Order(); //@ make
order.add("tea"); //@ first
const receipt = order.checkout(); //@ call
// Nothing stops us from changing an order that is already paid for.
order.add("cake"); //@ late
console.log(receipt); //@ print
