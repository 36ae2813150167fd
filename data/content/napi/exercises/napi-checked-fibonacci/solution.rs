/// F(n) as a u32, or an error message when it does not fit.
pub fn fibonacci_checked(n: u32) -> Result<u32, String> {
    let (mut current, mut previous) = (0u32, 1u32);
    for _ in 0..n {
        let next = current
            .checked_add(previous)
            .ok_or_else(|| format!("F({n}) does not fit in u32"))?;
        (current, previous) = (next, current);
    }
    Ok(current)
}

fn main() {
    println!("{:?}", fibonacci_checked(47));
    println!("{:?}", fibonacci_checked(48));
}
