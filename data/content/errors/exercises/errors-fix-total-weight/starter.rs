use std::num::ParseIntError;

/// Adds up the weights, one number per line.
fn total_weight(text: &str) -> u32 {
    let mut total = 0;
    for line in text.lines() {
        total += line.trim().parse::<u32>()?;
    }
    total
}

fn main() {
    println!("{:?}", total_weight("3\n4\n5"));
}
