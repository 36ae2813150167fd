// Meant to add 19 % tax, but multiplies by 1.2.
fn with_tax(cents: u64) -> u64 { //@ fn
    cents * 12 / 10 //@ bug
}

fn main() {
    // Panics with: assertion `left == right` failed: price with 19 % tax
    //   left: 1200
    //  right: 1190
    assert_eq!(with_tax(1000), 1190, "price with 19 % tax"); //@ assert
}
