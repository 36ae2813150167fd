fn main() {
    let mut clicks = 0; //@ var
    // The closure borrows clicks mutably, so it must be `mut` itself.
    let mut click = || { //@ closure
        clicks += 1; //@ body
    };

    click(); //@ call
    click(); //@ call
    click(); //@ call
    // The closure is not used any more, so clicks is free again.
    println!("{clicks}"); //@ print
}
