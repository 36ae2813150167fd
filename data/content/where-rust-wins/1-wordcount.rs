use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs";

    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }

    // Most frequent first, ties in alphabetical order.
    let mut top: Vec<_> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (word, count) in top.iter().take(3) {
        println!("{count} {word}");
    }
}
