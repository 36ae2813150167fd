// The function the addon exports, minus `#[napi]` and its `use` line.
pub fn fibonacci(n: u32) -> u32 { //@ fn
    match n { //@ body
        0 | 1 => n, //@ body
        _ => fibonacci(n - 1) + fibonacci(n - 2), //@ body
    }
}

fn main() {
    println!("{}", fibonacci(10)); //@ ten
    println!("{}", fibonacci(30)); //@ thirty
}
