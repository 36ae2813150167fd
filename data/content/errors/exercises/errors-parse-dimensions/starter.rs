/// Parses "WIDTHxHEIGHT", such as "800x600", into two positive integers.
fn parse_dimensions(text: &str) -> Result<(u32, u32), String> {
    todo!()
}

fn main() {
    println!("{:?}", parse_dimensions("800x600"));
    println!("{:?}", parse_dimensions("800"));
}
