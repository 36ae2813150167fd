use std::time::Instant;

// A Rust const is evaluated by the compiler and needs a type.
const SECONDS_PER_DAY: u32 = 24 * 60 * 60; //@ const

fn main() {
    println!("{SECONDS_PER_DAY}"); //@ print

    // A value only known at run time goes in an ordinary let binding.
    let started_at = Instant::now(); //@ now
    println!("{}", started_at.elapsed().as_secs() < 60); //@ use
}
