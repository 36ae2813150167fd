fn greet(name: &str) -> &str {
    let message = format!("Hello, {name}");
    &message
}

fn main() {
    println!("{}", greet("Ferris"));
}
