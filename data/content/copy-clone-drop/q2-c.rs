#[derive(Clone, Copy)]
struct Size {
    width: f64,
    height: f64,
}

fn main() {
    let a = Size { width: 2.0, height: 3.0 };
    let b = a;
    println!("{} {}", a.width, b.height);
}
