fn parse_quantity(text: &str) -> u32 {
    text.trim().parse().unwrap()
}

fn main() {
    for line in ["3", " 12 ", "two"] {
        println!("{}", parse_quantity(line));
    }
}
