fn main() {
    let values: [u8; 3] = [100, 200, 250];
    let saturated: Vec<u8> = values.iter().map(|v| v.saturating_add(10)).collect();
    let wrapped: Vec<u8> = values.iter().map(|v| v.wrapping_add(10)).collect();
    println!("{saturated:?}");
    println!("{wrapped:?}");
}
