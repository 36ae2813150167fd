/// Adds up prices in cents; None when the total does not fit in a u32.
fn total_cents(prices: &[u32]) -> Option<u32> {
    todo!()
}

fn main() {
    println!("{:?}", total_cents(&[250, 199]));
    println!("{:?}", total_cents(&[u32::MAX, 1]));
}
