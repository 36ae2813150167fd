/// Turns every RGBA pixel black or white, keeping its alpha.
pub fn threshold(pixels: &mut [u8], level: u8) {
    todo!()
}

fn main() {
    let mut pixels = vec![200, 180, 160, 255, 20, 40, 60, 128];
    threshold(&mut pixels, 128);
    println!("{pixels:?}");
}
