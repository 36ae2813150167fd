/// F(n) as a u32, or an error message when it does not fit.
pub fn fibonacci_checked(n: u32) -> Result<u32, String> {
    todo!()
}

fn main() {
    println!("{:?}", fibonacci_checked(47));
    println!("{:?}", fibonacci_checked(48));
}
