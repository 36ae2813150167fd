/// Turns a brightness from 0.0 to 1.0 into a byte from 0 to 255.
fn to_byte(level: f64) -> u8 {
    todo!()
}
