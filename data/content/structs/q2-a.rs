struct Counter {
    count: u32,
}

impl Counter {
    fn increment(&self) {
        self.count += 1;
    }
}

fn main() {
    let counter = Counter { count: 0 };
    counter.increment();
    println!("{}", counter.count);
}
