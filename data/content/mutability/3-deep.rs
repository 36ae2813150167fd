fn main() {
    let list = Vec::new(); //@ decl

    // Without mut, the vector's contents cannot change either.
    list.push(1); //@ push1
    list.push(2); //@ push2
    println!("{list:?}"); //@ print
}
