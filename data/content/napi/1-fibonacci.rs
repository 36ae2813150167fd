// The same function as in the napi-rs crate, minus the #[napi] attribute.
pub fn fibonacci(n: u32) -> u32 {
    match n {
        0 | 1 => n,
        _ => fibonacci(n - 1) + fibonacci(n - 2),
    }
}

fn main() {
    println!("{}", fibonacci(10));
    println!("{}", fibonacci(30));
}
