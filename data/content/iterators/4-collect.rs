use std::collections::BTreeMap;

fn main() {
    let words = ["apple", "fig", "banana"]; //@ list

    let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect(); //@ vec
    let initials = words.iter().filter_map(|w| w.chars().next()).collect::<String>(); //@ string
    let by_word: BTreeMap<_, _> = words.iter().map(|w| (*w, w.len())).collect(); //@ map

    println!("{lengths:?}"); //@ p1
    println!("{initials}"); //@ p2
    println!("{by_word:?}"); //@ p3
}
