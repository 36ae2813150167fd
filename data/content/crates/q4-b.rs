#[cfg(feature = "json")]
fn to_json(count: u32) -> String {
    format!("{{\"count\":{count}}}")
}

fn main() {
    #[cfg(feature = "json")]
    println!("{}", to_json(3));

    #[cfg(not(feature = "json"))]
    println!("count: 3");
}
