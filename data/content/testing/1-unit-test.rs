pub fn slugify(title: &str) -> String { //@ fn
    let words: Vec<String> = title.split_whitespace().map(|word| word.to_lowercase()).collect(); //@ body
    words.join("-") //@ body
}

// Compiled only by `cargo test`, never into the real program.
#[cfg(test)]
mod tests {
    use super::*; //@ use

    #[test]
    fn joins_words_with_dashes() {
        assert_eq!(slugify("Hello Rust World"), "hello-rust-world"); //@ first
    }

    #[test]
    fn ignores_extra_spaces() {
        assert_eq!(slugify("  Rust  "), "rust"); //@ second
    }
}
