fn full_name(first: &str, last: &str) -> String {
    first + " " + last
}

fn badge(first: &str, last: &str, id: u32) -> String {
    full_name(first, last) + " #" + id
}

fn main() {
    println!("{}", badge("Grace", "Hopper", 7));
}
