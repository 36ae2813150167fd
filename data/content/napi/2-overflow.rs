fn fibonacci_checked(n: u32) -> Option<u32> { //@ fn
    // (current, previous) starts at F(0) = 0 and, by convention, F(-1) = 1.
    let (mut current, mut previous) = (0u32, 1u32); //@ init
    for _ in 0..n {
        (current, previous) = (current.checked_add(previous)?, current); //@ step
    }
    Some(current) //@ ret
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
    for n in [47, 48] { //@ loop
        match fibonacci_checked(n) { //@ print
            Some(value) => println!("F({n}) = {value}"), //@ print
            None => println!("F({n}) does not fit in u32"), //@ print
        }
    }
    println!("{}", fibonacci_wrapping(48)); //@ wrap
}
