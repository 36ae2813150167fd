fn main() {
    // mut says up front that this binding will change.
    let mut total = 0; //@ decl

    for price in [3, 4, 5] { //@ loop
        total += price; //@ add
    }

    println!("total: {total}"); //@ print
}
