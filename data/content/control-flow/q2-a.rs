fn first_word_len(text: &str) -> usize {
    let Some(word) = text.split_whitespace().next() else {
        println!("no words");
    };
    word.len()
}

fn main() {
    println!("{}", first_word_len("hello world"));
}
