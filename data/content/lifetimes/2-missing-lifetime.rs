fn longer(a: &str, b: &str) -> &str { //@ sig
    if a.len() >= b.len() { a } else { b } //@ body
}

fn main() {
    println!("{}", longer("borrow", "own")); //@ call
}
