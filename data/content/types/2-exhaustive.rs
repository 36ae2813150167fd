use std::f64::consts::PI;

enum Shape {
    Circle { radius: f64 },
    Rect { width: f64, height: f64 },
    Triangle { base: f64, height: f64 }, // newly added
}

fn area(shape: &Shape) -> f64 { //@ fn
    // The compiler points out that Triangle is not handled.
    match shape { //@ match
        Shape::Circle { radius } => PI * radius * radius, //@ circle
        Shape::Rect { width, height } => width * height, //@ rect
    }
}

fn main() {
    println!("{:.2}", area(&Shape::Triangle { base: 2.0, height: 3.0 })); //@ call
}
