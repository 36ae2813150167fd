fn slugify(title: &str) -> String { //@ slug
    title //@ body
        .to_lowercase() //@ lower
        .split(|c: char| !c.is_ascii_alphanumeric()) //@ split
        .filter(|part| !part.is_empty()) //@ filter
        .collect::<Vec<_>>()
        .join("-") //@ join
}

fn main() {
    let titles = ["Hello, WebAssembly World!", "  Rust & JS: 2 languages ", "Café au lait"]; //@ titles
    for title in titles { //@ loop
        println!("{title:?} -> {}", slugify(title)); //@ print
    }
}
