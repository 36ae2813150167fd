fn main() {
    let total_price = 42; //@ total
    let in_stock = false; //@ stock

    if in_stock { //@ if
        // The compiler checks every name, even in a branch that never runs.
        println!("Total: {}", totl_price);
    }
    println!("Total: {total_price}"); //@ print
}
