use wasm_bindgen::prelude::*;

// f64 and u32 cross the boundary as they are: no glue code needed.
#[wasm_bindgen]
pub fn escape_time(cx: f64, cy: f64, limit: u32) -> u32 { //@ fn
    let (mut x, mut y) = (0.0, 0.0); //@ init
    let mut steps = 0; //@ steps
    while steps < limit && x * x + y * y <= 4.0 { //@ loop
        let next_x = x * x - y * y + cx; //@ nextx
        y = 2.0 * x * y + cy; //@ y
        x = next_x; //@ x
        steps += 1; //@ count
    }
    steps //@ ret
}
