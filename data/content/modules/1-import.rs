// In a real project this module would live in geometry.rs and be
// declared with `mod geometry;` in main.rs.
mod geometry {
    pub fn area(width: u32, height: u32) -> u32 {
        width * height
    }
}

use geometry::area;
use std::path::Path;

fn main() {
    println!("{}", area(2, 3));
    let file = Path::new("/home/ferris/notes.txt").file_name().unwrap();
    println!("{}", file.to_string_lossy());
}
