use serde_json::Value;

fn main() {
    let v: Value = serde_json::from_str("[1, 2]").unwrap();
    println!("{v}");
}
