/// Parses "WIDTHxHEIGHT", such as "800x600", into two positive integers.
fn parse_dimensions(text: &str) -> Result<(u32, u32), String> {
    let parts: Vec<&str> = text.split('x').collect();
    if parts.len() != 2 {
        return Err(format!("expected WIDTHxHEIGHT, got {text:?}"));
    }
    let width = parse_number(parts[0])?;
    let height = parse_number(parts[1])?;
    if width == 0 || height == 0 {
        return Err(String::from("width and height must be positive"));
    }
    Ok((width, height))
}

fn parse_number(part: &str) -> Result<u32, String> {
    part.parse::<u32>().map_err(|_| format!("not a number: {part:?}"))
}

fn main() {
    println!("{:?}", parse_dimensions("800x600"));
    println!("{:?}", parse_dimensions("800"));
}
