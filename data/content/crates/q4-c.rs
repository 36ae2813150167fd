#[cfg(feature = "json")]
fn to_json(count: u32) -> String {
    format!("{{\"count\":{count}}}")
}

fn main() {
    if cfg!(feature = "json") {
        println!("{}", to_json(3));
    } else {
        println!("count: 3");
    }
}
