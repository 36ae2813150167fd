use std::cell::Cell;

struct Dictionary {
    words: Vec<&'static str>, //@ fields
    lookups: Cell<u32>, // can change even through &self //@ counter
}

impl Dictionary {
    fn new(words: Vec<&'static str>) -> Self { //@ new
        Dictionary { words, lookups: Cell::new(0) } //@ fields,counter
    }

    fn lookup(&self, word: &str) -> bool { //@ lookup
        self.lookups.set(self.lookups.get() + 1); //@ count
        self.words.contains(&word) //@ find
    }
}

fn main() {
    let dictionary = Dictionary::new(vec!["crab", "ferris", "rust"]); // not even `mut` //@ create
    println!("{} {}", dictionary.lookup("rust"), dictionary.lookup("go")); //@ use
    println!("lookups: {}", dictionary.lookups.get()); //@ print
}
