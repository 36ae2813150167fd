fn main() {
    let count: Option<i32> = Some(2);
    println!("{}", count + 1);
}
