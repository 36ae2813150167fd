fn first_word_len(text: &str) -> usize {
    match text.split_whitespace().next() {
        Some(word) => word.len(),
    }
}

fn main() {
    println!("{}", first_word_len("hello world"));
}
