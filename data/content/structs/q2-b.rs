struct Counter {
    count: u32,
    step: u32,
}

fn main() {
    let mut counter = Counter { count: 0 };
    counter.count += 1;
    println!("{}", counter.count);
}
