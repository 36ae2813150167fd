use std::collections::BTreeMap;

fn group_by_first_letter(words: &[&str]) -> BTreeMap<char, Vec<String>> {
    let mut groups = BTreeMap::new();
    for word in words {
        if let Some(letter) = word.chars().next() {
            groups.entry(letter).or_insert_with(Vec::new).push(word.to_string());
        }
    }
    groups
}

fn main() {
    let groups = group_by_first_letter(&["pear", "apple", "plum", "", "avocado", "fig"]);
    println!("{groups:?}");
}
