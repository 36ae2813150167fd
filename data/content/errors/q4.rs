fn main() {
    let b = "7".parse::<i32>().map(|n| n * 6).unwrap_or(0);
    let c = "x".parse::<i32>().map(|n| n * 6).unwrap_or(-1);
    println!("{b} {c}");
}
