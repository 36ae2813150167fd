use std::num::ParseIntError;

/// Adds up the weights, one number per line.
fn total_weight(text: &str) -> Result<u32, ParseIntError> {
    let mut total = 0;
    for line in text.lines() {
        total += line.trim().parse::<u32>()?;
    }
    Ok(total)
}

fn main() {
    println!("{:?}", total_weight("3\n4\n5"));
}
