fn main() {
    let count: Option<i32> = Some(2);
    match count {
        Some(n) => println!("{}", n + 1),
    }
}
