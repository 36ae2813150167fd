/// Turns every RGBA pixel black or white, keeping its alpha.
pub fn threshold(pixels: &mut [u8], level: u8) {
    for px in pixels.chunks_exact_mut(4) {
        let average = (u32::from(px[0]) + u32::from(px[1]) + u32::from(px[2])) / 3;
        let value = if average >= u32::from(level) { 255 } else { 0 };
        px[0] = value;
        px[1] = value;
        px[2] = value;
    }
}

fn main() {
    let mut pixels = vec![200, 180, 160, 255, 20, 40, 60, 128];
    threshold(&mut pixels, 128);
    println!("{pixels:?}");
}
