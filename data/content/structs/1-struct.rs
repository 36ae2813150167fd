struct Rectangle { //@ struct
    width: u32,
    height: u32,
}

impl Rectangle {
    // An associated function: called as Rectangle::new, with no self.
    fn new(width: u32, height: u32) -> Self { //@ new
        Self { width, height } //@ fields
    }

    // &self: the method only reads the rectangle.
    fn area(&self) -> u32 { //@ area
        self.width * self.height
    }

    // &mut self: the method changes the rectangle.
    fn scale(&mut self, factor: u32) { //@ scale
        self.width *= factor;
        self.height *= factor;
    }
}

fn main() {
    let mut rect = Rectangle::new(3, 4); //@ make
    println!("{}", rect.area()); //@ print1
    rect.scale(2); //@ call
    println!("{}", rect.area()); //@ print2
}
