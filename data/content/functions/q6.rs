fn distance(a: i32, b: i32) -> i32 {
    let diff = a - b;
    if diff < 0 {
        -diff;
    }
    diff
}

fn main() {
    println!("{} {}", distance(7, 3), distance(3, 7));
}
