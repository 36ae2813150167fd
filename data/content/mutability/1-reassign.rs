fn main() {
    let limit = 10;
    println!("{limit}");

    // Bindings are immutable by default, so this is rejected at compile time.
    limit = 20;
    println!("{limit}");
}
