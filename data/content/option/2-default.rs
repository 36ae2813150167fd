use std::collections::HashMap;

fn main() {
    let settings = HashMap::from([("theme", "dark")]);

    // get returns Option<&&str>; unwrap_or supplies the fallback.
    let theme = settings.get("theme").copied().unwrap_or("light");
    let font_size: u32 = settings
        .get("font_size")
        .and_then(|s| s.parse().ok())
        .unwrap_or(14);

    println!("{theme} {font_size}");
}
