fn sign(n: i32) -> &'static str {
    let text = if n < 0 { "negative" };
    text
}

fn main() {
    println!("{}", sign(-3));
}
