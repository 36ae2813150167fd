fn main() {
    let row = vec![1, "two", 3];
    println!("{}", row.len());
}
