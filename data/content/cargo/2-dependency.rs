// After `cargo add serde_json`, Cargo.toml has serde_json under [dependencies].
use serde_json::Value;

fn main() {
    let text = r#"{"name": "slug", "version": "0.1.0", "private": true}"#; //@ text

    let manifest: Value = serde_json::from_str(text).expect("valid JSON"); //@ parse
    println!("{}", manifest["name"].as_str().unwrap_or("?")); //@ name
    println!("{}", manifest["version"].as_str().unwrap_or("?")); //@ version
    println!("{}", manifest["private"]); //@ private
}
