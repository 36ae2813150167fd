use std::collections::HashMap;

fn main() {
    let settings = HashMap::from([("theme", "dark"), ("size", "big")]); //@ settings

    // get returns Option<&&str>; copied() turns it into Option<&str>.
    let theme = settings.get("theme").copied().unwrap_or("light"); //@ theme
    let font_size: u32 = settings
        .get("size")
        .and_then(|s| s.parse().ok()) // None if missing or not a number //@ parse
        .unwrap_or(14); //@ fallback

    println!("{theme} {font_size}"); //@ print
}
