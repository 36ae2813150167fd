fn half(n: i32) -> i32 {
    n / 2;
}

fn main() {
    println!("{}", half(10));
}
