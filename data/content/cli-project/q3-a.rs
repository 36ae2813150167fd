fn parse_top(value: &str) -> usize {
    let n: usize = value.parse()?;
    n
}

fn main() {
    println!("{}", parse_top("5"));
}
