fn main() {
    // Rust never converts between text and numbers on its own.
    let total = "5" + 2; //@ add
    println!("{total}");
}
