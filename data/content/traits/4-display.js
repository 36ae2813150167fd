class Money {
  constructor(cents) {
    this.cents = cents; //@ field
  }
  // Called by template literals and String(value).
  toString() { //@ display
    return `$${(this.cents / 100).toFixed(2)}`; //@ format
  }
}

const price = new Money(1999); //@ make
const copy = new Money(price.cents); //@ clone
console.log(`Price: ${price}`); //@ print
console.log(price.cents === copy.cents); //@ eq
console.log(price); //@ debug
console.log(String(copy)); //@ string
