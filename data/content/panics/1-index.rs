fn main() {
    let scores = vec![90, 72, 85]; //@ make

    println!("first: {}", scores[0]); //@ first
    // Indexing checks the bounds at run time and panics when they are wrong.
    println!("eleventh: {}", scores[10]); //@ index
    println!("still running"); //@ after
}
