fn total(weights: &[u8]) -> u8 {
    let mut sum = 0;
    for w in weights {
        sum += w;
    }
    sum
}

fn main() {
    println!("{}", total(&[100, 90, 80]));
}
