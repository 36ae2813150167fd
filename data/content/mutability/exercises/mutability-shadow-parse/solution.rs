/// Turns user input such as " 12 " into a number; anything else becomes 0.
fn parse_quantity(input: &str) -> u32 {
    let quantity = input.trim();
    let quantity: u32 = quantity.parse().unwrap_or(0);
    quantity
}

fn main() {
    println!("{}", parse_quantity(" 12 "));
}
