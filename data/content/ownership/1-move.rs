fn main() {
    let a = String::from("Ferris");

    // Ownership of the string moves from a to b.
    let b = a; //@ assign
    println!("{b}");

    // a no longer owns anything, so the compiler rejects this line.
    println!("{a}");
}
