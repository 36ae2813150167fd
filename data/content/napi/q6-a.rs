// The core of an addon function: the longest word of a text.
fn longest(text: String) -> &str {
    text.split_whitespace().max_by_key(|word| word.len()).unwrap_or("")
}

fn main() {
    println!("{}", longest(String::from("the quick brown fox")));
}
