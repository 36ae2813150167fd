//! A tiny shopping cart library.

/// Adds up the prices of a shopping cart, in cents.
///
/// # Examples
///
/// ```
/// assert_eq!(cart::total(&[250, 199]), 449);
/// ```
pub fn total(prices: &[u64]) -> u64 { //@ fn, pub
    prices.iter().sum() //@ body
}
