class Counter {
  #count = 0; // a private field, enforced by the engine

  increment() {
    this.#count += 1;
    return this.#count;
  }
}

const counter = new Counter();
counter.increment();
console.log(counter.increment());
console.log(Object.keys(counter).length);
