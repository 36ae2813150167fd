fn pick(a: &str, b: &str) -> &str {
    if a.is_empty() { b } else { a }
}

fn main() {
    println!("{}", pick("", "fallback"));
}
