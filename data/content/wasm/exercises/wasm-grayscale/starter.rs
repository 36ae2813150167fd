/// One grey byte per RGBA pixel.
pub fn to_grayscale(rgba: &[u8]) -> Vec<u8> {
    todo!()
}

fn main() {
    println!("{:?}", to_grayscale(&[255, 0, 0, 255, 0, 255, 0, 255]));
}
