fn main() {
    let count: i32 = 40;
    let offset: i64 = 2;
    let total: i64 = count + offset;
    println!("{total}");
}
