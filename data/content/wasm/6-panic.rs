fn pixel_at(pixels: &[u8], index: usize) -> u8 { //@ fn
    pixels[index] //@ index
}

fn main() {
    let pixels = vec![10, 20, 30]; //@ data
    println!("{}", pixel_at(&pixels, 1)); //@ ok
    // Past the end: Rust panics instead of returning a made-up value.
    println!("{}", pixel_at(&pixels, 10)); //@ bad
}
