fn main() {
    let a = 7 / 2;
    let b = -7 / 2;
    let c = 7.0 / 2.0;
    println!("{a} {b} {c}");
}
