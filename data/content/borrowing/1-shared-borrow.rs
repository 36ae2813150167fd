// &str is a borrowed view of a string: the function may read it but not keep it.
fn count_vowels(text: &str) -> usize { //@ fn
    text.chars().filter(|c| "aeiou".contains(*c)).count() //@ count
}

fn main() {
    let title = String::from("ownership and borrowing"); //@ make

    // &title lends the string to the function; title keeps ownership.
    println!("{}", count_vowels(&title)); //@ call
    println!("{title}"); //@ print
}
