struct Point<T> {
    x: T,
    y: T,
}

impl Point<i32> {
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let p = Point { x: 1.5, y: -2.0 };
    println!("{}", p.manhattan());
}
