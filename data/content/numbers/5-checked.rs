fn main() {
    let score: u8 = 250; //@ score

    // {:?} prints an Option as Some(..) or None.
    println!("{:?}", score.checked_add(10)); //@ checked
    println!("{:?}", score.checked_add(5)); //@ checkedok
    println!("{}", score.wrapping_add(10)); //@ wrapping
    println!("{}", score.saturating_add(10)); //@ saturating
}
