use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs";

    let mut counts: HashMap<&str, usize> = HashMap::new(); //@ map
    for word in text.split_whitespace() { //@ loop
        *counts.entry(word).or_insert(0) += 1; //@ count
    }

    // Most frequent first, ties in alphabetical order.
    let mut top: Vec<(&str, usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0))); //@ sort
    for (word, count) in top.iter().take(3) { //@ top
        println!("{count} {word}"); //@ print
    }
}
