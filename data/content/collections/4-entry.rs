use std::collections::HashMap;

fn main() {
    let text = "the cat saw the other cat"; //@ text
    let mut counts: HashMap<&str, u32> = HashMap::new(); //@ new

    for word in text.split(' ') { //@ loop
        *counts.entry(word).or_insert(0) += 1; //@ entry
    }

    // HashMap order is unspecified: sort before printing.
    let mut sorted: Vec<(&str, u32)> = counts.into_iter().collect(); //@ sort
    sorted.sort();
    for (word, n) in sorted { //@ print
        println!("{word} {n}");
    }
}
