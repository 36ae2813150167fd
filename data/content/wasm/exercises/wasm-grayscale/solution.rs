/// One grey byte per RGBA pixel.
pub fn to_grayscale(rgba: &[u8]) -> Vec<u8> {
    let mut gray = Vec::with_capacity(rgba.len() / 4);
    for px in rgba.chunks_exact(4) {
        let (r, g, b) = (u32::from(px[0]), u32::from(px[1]), u32::from(px[2]));
        gray.push(((r * 299 + g * 587 + b * 114) / 1000) as u8);
    }
    gray
}

fn main() {
    println!("{:?}", to_grayscale(&[255, 0, 0, 255, 0, 255, 0, 255]));
}
