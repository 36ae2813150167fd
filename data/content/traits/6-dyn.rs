trait Shape {
    fn area(&self) -> f64;
}

struct Circle { //@ circle
    r: f64,
}
struct Square { //@ square
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 { //@ carea
        std::f64::consts::PI * self.r * self.r
    }
}

impl Shape for Square {
    fn area(&self) -> f64 { //@ sarea
        self.side * self.side
    }
}

fn main() {
    // Each Box holds a different type; dyn Shape is what they share.
    let shapes: Vec<Box<dyn Shape>> = vec![ //@ list
        Box::new(Circle { r: 1.0 }),
        Box::new(Square { side: 2.0 }),
    ];
    let total: f64 = shapes.iter().map(|s| s.area()).sum(); //@ total
    println!("{total:.2}"); //@ print
}
