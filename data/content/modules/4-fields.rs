mod counter {
    // The struct is public, its field is not.
    pub struct Counter {
        count: u32, //@ field
    }

    impl Counter {
        pub fn new() -> Self {
            Counter { count: 0 }
        }

        pub fn increment(&mut self) -> u32 { //@ inc
            self.count += 1;
            self.count
        }
    }
}

use counter::Counter;

fn main() {
    // Outside the module, Counter { count: 0 } would not compile.
    let mut counter = Counter::new(); //@ new
    counter.increment(); //@ first
    println!("{}", counter.increment()); //@ second
}
