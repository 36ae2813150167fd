struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Self {
        Self { count: 0 }
    }

    fn increment(&mut self) -> u32 {
        self.count += 1;
        self.count
    }

    fn reset(&mut self) {
        self.count = 0;
    }

    fn count(&self) -> u32 {
        self.count
    }
}

fn main() {
    let mut clicks = Counter::new();
    clicks.increment();
    clicks.increment();
    println!("{}", clicks.count());
    clicks.reset();
    println!("{}", clicks.count());
}
