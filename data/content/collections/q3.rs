use std::collections::BTreeMap;

fn main() {
    let words = ["fig", "kiwi", "plum", "pear", "date", "lime", "apple"];
    let mut by_length: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for word in words {
        by_length.entry(word.len()).or_insert_with(Vec::new).push(word);
    }
    for (len, group) in &by_length {
        println!("{len}: {}", group.join(" "));
    }
}
