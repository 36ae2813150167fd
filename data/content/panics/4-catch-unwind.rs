use std::panic;

fn risky(n: i32) -> i32 { //@ fn
    if n < 0 {
        panic!("negative input: {n}"); //@ panic
    }
    n * 2 //@ ok
}

fn main() {
    for n in [21, -1] { //@ loop
        // Runs the closure; a panic inside comes back as an Err.
        match panic::catch_unwind(|| risky(n)) {
            Ok(value) => println!("value {value}"), //@ value
            Err(_) => println!("the task failed; carrying on"), //@ failed
        }
    }
}
