// Private: not part of the crate's API.
fn cents(amount: f64) -> u64 { //@ helper
    (amount * 100.0).round() as u64 //@ round
}

pub fn total_cents(prices: &[f64]) -> u64 { //@ total
    prices.iter().map(|&price| cents(price)).sum() //@ sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_to_whole_cents() {
        assert_eq!(cents(1.25), 125); // a child module may call private items //@ private
    }

    #[test]
    fn adds_up_in_cents() {
        assert_eq!(total_cents(&[0.1, 0.2]), 30); //@ public
    }
}
