fn main() {
    let kept; //@ decl
    {
        let user = String::from("Ferris"); //@ make
        kept = &user; //@ borrow
    } // user is dropped here, and a reference cannot keep it alive
    println!("{kept}"); //@ print
}
