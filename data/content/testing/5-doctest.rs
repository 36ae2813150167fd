//! src/lib.rs of a library crate named `slugs`.

/// Turns a title into a URL slug.
///
/// # Examples
///
/// ```
/// use slugs::slugify;
///
/// assert_eq!(slugify("Hello Rust World"), "hello-rust-world");
/// ```
pub fn slugify(title: &str) -> String { //@ fn
    let words: Vec<String> = title.split_whitespace().map(|word| word.to_lowercase()).collect(); //@ body
    words.join("-") //@ body
}
