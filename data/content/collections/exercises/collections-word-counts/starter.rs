use std::collections::BTreeMap;

fn word_counts(text: &str) -> BTreeMap<String, usize> {
    todo!()
}

fn main() {
    for (word, n) in word_counts("the cat saw The other cat") {
        println!("{word}: {n}");
    }
}
