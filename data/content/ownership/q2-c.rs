fn main() {
    let words = vec![String::from("hello"), String::from("world")];
    let first = words[0];
    println!("{first} and {} more", words.len() - 1);
}
