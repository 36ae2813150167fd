fn main() {
    let mut scores = vec![10, 20];

    let a = &mut scores; //@ w1
    let b = &mut scores; //@ w2
    a[0] += 1; //@ use1
    b[0] += 5; //@ use2
    println!("{scores:?}"); //@ print
}
