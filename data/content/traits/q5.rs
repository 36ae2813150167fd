trait Shape {
    fn area(&self) -> f64;
}

struct Circle(f64);
struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.0 * self.0
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn pick(round: bool) -> impl Shape {
    if round { Circle(1.0) } else { Square(1.0) }
}

fn main() {
    println!("{}", pick(true).area());
}
