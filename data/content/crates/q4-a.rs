#[cfg(feature = "json")]
fn to_json(count: u32) -> String {
    format!("{{\"count\":{count}}}")
}

fn main() {
    println!("{}", to_json(3));
}
