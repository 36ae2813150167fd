fn main() {
    let count: Option<i32> = Some(2);
    println!("{}", count.map(|n| n + 1).unwrap_or(0));
}
