fn total(prices: &[f64]) -> f64 {
    prices.iter().sum()
}

fn main() {
    // A check copied from a unit test.
    assert_eq!(total(&[0.1, 0.2]), 0.3);
    println!("total is right");
}
