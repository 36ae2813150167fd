fn main() {
    let count: i32 = 40;
    let half: f64 = count / 2;
    println!("{half}");
}
