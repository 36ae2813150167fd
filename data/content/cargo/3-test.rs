pub fn slugify(title: &str) -> String { //@ fn
    let words: Vec<&str> = title.split_whitespace().collect(); //@ body
    words.join("-").to_lowercase() //@ body
}

// Compiled and run only by `cargo test`.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_spaces_into_dashes() { //@ test1
        assert_eq!(slugify("Hello Rust World"), "hello-rust-world"); //@ assert1
    }

    #[test]
    fn trims_the_ends() { //@ test2
        assert_eq!(slugify("  Ferris "), "ferris"); //@ assert2
    }
}
