use std::collections::BTreeMap;

fn group_by_first_letter(words: &[&str]) -> BTreeMap<char, Vec<String>> {
    todo!()
}

fn main() {
    let groups = group_by_first_letter(&["pear", "apple", "plum", "", "avocado", "fig"]);
    println!("{groups:?}");
}
