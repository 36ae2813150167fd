fn tidy(text: &str) -> &str {
    text.trim()
}

fn main() {
    let title = String::from("  lifetimes in Rust  ");
    println!("[{}]", tidy(&title));
}
