fn main() {
    let mut count = 0;
    let mut inc = move || {
        count += 1;
        count
    };
    inc();
    inc();
    println!("{} {}", inc(), count);
}
