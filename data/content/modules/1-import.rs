// In a project this module would live in src/geometry.rs and be
// declared in src/main.rs with `mod geometry;`.
mod geometry {
    pub fn area(width: u32, height: u32) -> u32 { //@ area
        width * height
    }
}

use geometry::area;
use std::path::Path; //@ std

fn main() {
    println!("{}", area(2, 3)); //@ call
    let file = Path::new("/home/ferris/notes.txt").file_name().unwrap(); //@ base
    println!("{}", file.to_string_lossy()); //@ base
}
