class Counter {
  #count = 0; // private: only code inside the class can touch it //@ field

  increment() { //@ inc
    this.#count += 1;
    return this.#count;
  }
}

const counter = new Counter(); //@ new
counter.increment(); //@ first
console.log(counter.increment()); //@ second
console.log(Object.keys(counter).length); // private fields are not properties
