use std::env;

// cargo run -- Ada   builds the binary, then runs it with "Ada"
fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let name = args.first().map(String::as_str).unwrap_or("world");

    println!("Hello, {name}.");
    println!("{} argument(s)", args.len());
}
