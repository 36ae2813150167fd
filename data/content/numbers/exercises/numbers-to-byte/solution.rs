/// Turns a brightness from 0.0 to 1.0 into a byte from 0 to 255.
fn to_byte(level: f64) -> u8 {
    // `as` saturates: below 0 gives 0, above 255 gives 255, NaN gives 0.
    (level * 255.0).round() as u8
}
