/// Returns the longest line of `text`, or `fallback` when `text` is empty.
fn longest_line<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    if text.is_empty() {
        return fallback;
    }
    let mut best = "";
    for line in text.lines() {
        if line.len() > best.len() {
            best = line;
        }
    }
    best
}

fn main() {
    let poem = String::from("short\nthe longest line\nmid length");
    println!("{}", longest_line(&poem, "(empty)"));
}
