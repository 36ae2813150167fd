pub fn slugify(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase()
}

// Only compiled by `cargo test`; left out of normal builds.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_spaces_into_dashes() {
        assert_eq!(slugify("Hello Rust World"), "hello-rust-world");
    }

    #[test]
    fn trims_the_ends() {
        assert_eq!(slugify("  Ferris "), "ferris");
    }
}
