use wasm_bindgen::prelude::*;

// &str in, String out: both are copied across the boundary.
#[wasm_bindgen]
pub fn slugify(title: &str) -> String { //@ slug
    title //@ body
        .to_lowercase() //@ lower
        .split(|c: char| !c.is_ascii_alphanumeric()) //@ split
        .filter(|part| !part.is_empty()) //@ filter
        .collect::<Vec<_>>()
        .join("-") //@ join
}

// A Uint8Array from JavaScript: copied in, changed, copied back.
#[wasm_bindgen]
pub fn brighten(pixels: &mut [u8], amount: u8) { //@ bright
    for (i, value) in pixels.iter_mut().enumerate() { //@ each
        // Every fourth byte is alpha (red, green, blue, alpha): leave it alone.
        if i % 4 != 3 { *value = value.saturating_add(amount); } //@ add
    }
}
