use std::num::ParseIntError;

fn parse_top(value: &str) -> Result<usize, ParseIntError> {
    let n: usize = value.parse()?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse_top("5"));
}
