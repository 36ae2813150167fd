// Two numbers and nothing else: copying the bits gives a complete,
// independent value, so the type may opt in to Copy.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 }; //@ make
    let mut b = a; // copied, not moved: a stays usable //@ copy
    b.x = 10; //@ change
    println!("a = ({}, {}), b = ({}, {})", a.x, a.y, b.x, b.y); //@ print
}
