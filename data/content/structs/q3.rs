#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let start = Point { x: 1, y: 2 };
    let end = Point { y: 5, ..start };
    println!("{end:?} {}", start.y + end.x);
}
