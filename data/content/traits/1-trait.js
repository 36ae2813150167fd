// Any object with a describe() method will do: duck typing.
const book = { //@ book
  title: "Dune",
  describe() { //@ bookimpl
    return `the book ${this.title}`; //@ bookbody
  },
};

const movie = { //@ movie
  title: "Alien",
  year: 1979,
  describe() { //@ movieimpl
    return `the ${this.year} film ${this.title}`; //@ moviebody
  },
};

function announce(item) { //@ fn
  console.log(`Now showing: ${item.describe()}`); //@ call
}

announce(book); //@ a
announce(movie); //@ b
