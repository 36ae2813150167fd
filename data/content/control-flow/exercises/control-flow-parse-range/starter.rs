/// "3-7" -> Some((3, 7)); None for anything that is not a valid range.
fn parse_range(text: &str) -> Option<(u32, u32)> {
    todo!()
}

fn main() {
    println!("{:?}", parse_range("3-7"));
}
