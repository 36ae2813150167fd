fn main() {
    let prices = vec![120, 45, 300, 80, 15]; //@ list

    let total: u32 = prices //@ total
        .iter()
        .filter(|p| **p >= 50) // no new vector //@ filter
        .map(|p| p * 2) //@ map
        .sum(); //@ sum

    // fold is reduce with an explicit starting value.
    let cheapest = prices.iter().fold(u32::MAX, |best, p| best.min(*p)); //@ fold

    println!("{total} {cheapest}"); //@ print
}
