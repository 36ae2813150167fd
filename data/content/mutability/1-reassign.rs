fn main() {
    let limit = 10; //@ decl
    println!("{limit}");

    // Bindings are immutable by default, so this is rejected at compile time.
    limit = 20; //@ assign
    println!("{limit}"); //@ print
}
