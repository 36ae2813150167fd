/// Returns the longest word, moved out of the vector (the first one on a tie).
fn longest(words: Vec<String>) -> String {
    todo!()
}

fn main() {
    let words = vec![String::from("owner"), String::from("borrow"), String::from("move")];
    println!("{}", longest(words));
}
