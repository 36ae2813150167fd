/// One `key = value` line, borrowed from the text it was parsed from.
#[derive(Debug, PartialEq)]
struct Setting<'a> {
    key: &'a str,
    value: &'a str,
}

/// Splits a line at its first `=` and trims both parts.
fn parse_setting(line: &str) -> Setting<'_> {
    match line.split_once('=') {
        Some((key, value)) => Setting { key: key.trim(), value: value.trim() },
        None => Setting { key: line.trim(), value: "" },
    }
}

fn main() {
    let line = String::from("port = 8080");
    let setting = parse_setting(&line);
    println!("{} is {}", setting.key, setting.value);
}
