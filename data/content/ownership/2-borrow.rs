// &str is a borrowed view of a string: the function may read it but not keep it.
fn count_vowels(text: &str) -> usize {
    text.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let title = String::from("ownership and borrowing");

    // &title lends the string to the function; title keeps ownership.
    println!("{}", count_vowels(&title));
    println!("{title}");
}
