use std::f64::consts::PI;

// Each variant carries its own data.
enum Shape {
    Circle { radius: f64 },
    Rect { width: f64, height: f64 },
}

fn area(shape: &Shape) -> f64 { //@ fn
    match shape { //@ match
        Shape::Circle { radius } => PI * radius * radius, //@ circle
        Shape::Rect { width, height } => width * height, //@ rect
    }
}

fn main() {
    println!("{:.2}", area(&Shape::Circle { radius: 1.0 })); //@ c
    println!("{:.2}", area(&Shape::Rect { width: 2.0, height: 3.0 })); //@ r
}
