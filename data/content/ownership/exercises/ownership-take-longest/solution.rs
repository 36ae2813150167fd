/// Returns the longest word, moved out of the vector (the first one on a tie).
fn longest(words: Vec<String>) -> String {
    let mut best = String::new();
    // The loop takes ownership of the vector and hands out its words one by one.
    for word in words {
        if word.len() > best.len() {
            best = word; // the word moves into best; the old best is freed
        }
    }
    best
}

fn main() {
    let words = vec![String::from("owner"), String::from("borrow"), String::from("move")];
    println!("{}", longest(words));
}
