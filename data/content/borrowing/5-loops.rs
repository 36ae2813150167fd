fn main() {
    let mut prices = vec![120, 80, 45]; //@ make

    let mut total = 0; //@ total
    // &prices lends the vector for reading: each p is a &i32.
    for p in &prices { //@ read
        total += p; //@ add
    }
    // &mut prices lends it for writing: each p is a &mut i32.
    for p in &mut prices { //@ write
        *p *= 2; //@ double
    }
    // Both borrows ended with their loops, so prices is fully ours again.
    println!("{total} {prices:?}"); //@ print
}
