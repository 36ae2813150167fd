// Two f32 fields side by side: 8 bytes, no header.
#[derive(Clone, Copy)]
struct Point {
    x: f32,
    y: f32,
}

fn main() {
    let count = 1_000_000; //@ count
    let mut points = Vec::with_capacity(count); //@ alloc
    for i in 0..count { //@ loop
        points.push(Point { x: i as f32, y: i as f32 / 2.0 }); //@ push
    }

    let bytes = points.len() * std::mem::size_of::<Point>();
    println!("{bytes} bytes"); //@ bytes
    let last = points[count - 1]; //@ last
    println!("{} {}", last.x, last.y); //@ print
} // `points` is freed here, at a point you can see in the code.
