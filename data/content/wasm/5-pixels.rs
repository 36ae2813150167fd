fn brighten(pixels: &mut [u8], amount: u8) { //@ fn
    for (i, value) in pixels.iter_mut().enumerate() { //@ each
        // Say explicitly that 270 should become 255.
        if i % 4 != 3 { *value = value.saturating_add(amount); } //@ add
    }
}

fn main() {
    // Two pixels: dark red and almost white, both fully opaque.
    let mut pixels = vec![100, 0, 0, 255, 250, 240, 230, 255]; //@ data
    brighten(&mut pixels, 20); //@ call
    let text: Vec<String> = pixels.iter().map(|v| v.to_string()).collect();
    println!("{}", text.join(" ")); //@ print
}
