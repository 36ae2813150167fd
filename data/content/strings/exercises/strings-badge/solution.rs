fn full_name(first: &str, last: &str) -> String {
    format!("{first} {last}")
}

fn badge(first: &str, last: &str, id: u32) -> String {
    format!("{} #{id}", full_name(first, last))
}

fn main() {
    println!("{}", badge("Grace", "Hopper", 7));
}
