fn fibonacci(n: u32) -> u32 { //@ fn
    let (mut current, mut previous) = (0u32, 1u32); //@ init
    for _ in 0..n { //@ loop
        // In a debug build, `+` panics instead of overflowing.
        let next = current + previous; //@ add
        (current, previous) = (next, current); //@ step
    }
    current //@ ret
}

fn main() {
    println!("F(47) = {}", fibonacci(47)); //@ ok
    println!("F(48) = {}", fibonacci(48)); //@ fail
}
