// The core of an addon function: parse a port number.
fn parse_port(text: &str) -> u32 {
    text.trim().parse()
}

fn main() {
    println!("{}", parse_port("8080"));
}
