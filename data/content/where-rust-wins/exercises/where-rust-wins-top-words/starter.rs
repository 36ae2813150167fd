use std::collections::HashMap;

/// The `n` most frequent words of `text` (lowercased), most frequent first,
/// ties in alphabetical order.
pub fn top_words(text: &str, n: usize) -> Vec<(String, usize)> {
    todo!()
}

fn main() {
    println!("{:?}", top_words("the cat and the hat", 2));
}
