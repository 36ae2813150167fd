struct Point<T> { //@ struct
    x: T,
    y: T,
}

// Methods for every Point<T>.
impl<T> Point<T> {
    fn new(x: T, y: T) -> Self { //@ new
        Point { x, y }
    }
    fn swap(self) -> Point<T> { //@ swap
        Point { x: self.y, y: self.x } //@ swapbody
    }
}

// Methods only for Point<i32>.
impl Point<i32> {
    fn manhattan(&self) -> i32 { //@ manhattan
        self.x.abs() + self.y.abs() //@ mbody
    }
}

fn main() {
    let grid = Point::new(3, -4); //@ grid
    let map = Point::new(51.5, -0.12); //@ map
    println!("{} {}", grid.manhattan(), grid.swap().x); //@ print1
    println!("{}", map.swap().x); //@ print2
}
