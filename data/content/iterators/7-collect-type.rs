fn main() {
    let prices = vec![4, 10, 1]; //@ list

    // map returns a lazy iterator, not a Vec: collect() is missing.
    let doubled: Vec<i32> = prices.iter().map(|p| p * 2); //@ map

    println!("{doubled:?}"); //@ print
}
