/// Checks the value given to `--top`.
pub fn parse_top(value: &str) -> Result<usize, String> {
    let n: usize = value
        .trim()
        .parse()
        .map_err(|_| format!("--top expects a number, got '{value}'"))?;
    if n == 0 {
        return Err("--top must be at least 1".to_string());
    }
    Ok(n)
}

fn main() {
    println!("{:?}", parse_top("5"));
    println!("{:?}", parse_top("many"));
}
