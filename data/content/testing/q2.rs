#[derive(PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = vec![1, 2, 3];
    let b: Vec<i32> = (1..=3).collect();
    println!("{}", a == b);
    println!("{}", Point { x: 1, y: 2 } == Point { x: 1, y: 2 });
    println!("{}", String::from("rust") == "rust");
}
