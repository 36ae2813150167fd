class Dictionary {
  constructor(words) { //@ new
    this.words = words; //@ fields
    this.lookups = 0; //@ counter
  }

  lookup(word) { //@ lookup
    this.lookups += 1; // a "read" that also writes //@ count
    return this.words.includes(word); //@ find
  }
}

const dictionary = new Dictionary(["crab", "ferris", "rust"]); //@ create
console.log(dictionary.lookup("rust"), dictionary.lookup("go")); //@ use
console.log(`lookups: ${dictionary.lookups}`); //@ print
