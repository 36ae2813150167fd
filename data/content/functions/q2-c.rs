fn half(n: i32) -> i32 {
    if n < 0 {
        return 0;
    }
    n / 2
}

fn main() {
    println!("{}", half(10));
}
