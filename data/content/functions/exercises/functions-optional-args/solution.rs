/// Repeats `text` `times` times (default 2), joined by `separator` (default " ").
fn repeat(text: &str, times: Option<usize>, separator: Option<&str>) -> String {
    let times = times.unwrap_or(2);
    let separator = separator.unwrap_or(" ");
    vec![text; times].join(separator)
}

fn main() {
    println!("{}", repeat("ha", None, None));
    println!("{}", repeat("ha", Some(3), Some("-")));
}
