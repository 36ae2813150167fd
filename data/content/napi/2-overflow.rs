fn fibonacci_checked(n: u32) -> Option<u32> {
    // (current, previous) starts at F(0) = 0 and, by convention, F(-1) = 1.
    let (mut current, mut previous) = (0u32, 1u32);
    for _ in 0..n {
        (current, previous) = (current.checked_add(previous)?, current);
    }
    Some(current)
}

// Wraps around silently, which is what a plain + does in a release build.
fn fibonacci_wrapping(n: u32) -> u32 {
    let (mut current, mut previous) = (0u32, 1u32);
    for _ in 0..n {
        (current, previous) = (current.wrapping_add(previous), current);
    }
    current
}

fn main() {
    for n in [47, 48] {
        match fibonacci_checked(n) {
            Some(value) => println!("F({n}) = {value}"),
            None => println!("F({n}) does not fit in u32"),
        }
    }
    println!("{}", fibonacci_wrapping(48));
}
