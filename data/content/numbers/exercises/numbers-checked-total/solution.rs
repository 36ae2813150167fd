/// Adds up prices in cents; None when the total does not fit in a u32.
fn total_cents(prices: &[u32]) -> Option<u32> {
    let mut total: u32 = 0;
    for &price in prices {
        // `?` returns None from the function when checked_add gives None.
        total = total.checked_add(price)?;
    }
    Some(total)
}

fn main() {
    println!("{:?}", total_cents(&[250, 199]));
    println!("{:?}", total_cents(&[u32::MAX, 1]));
}
