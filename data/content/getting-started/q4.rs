fn main() {
    let langs = ["JavaScript", "Rust"];
    println!("{langs:?} has {} items", langs.len());
}
