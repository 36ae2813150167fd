fn main() {
    let count: i32 = 40;
    let offset: i64 = 2;
    let total = count as i64 + offset;
    println!("{total}");
}
