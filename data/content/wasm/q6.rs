// Meant to be exported to JavaScript with #[wasm_bindgen].
fn average(values: &[u32]) -> u32 {
    values.iter().sum::<u32>() / values.len() as u32
}

fn main() {
    println!("{}", average(&[3, 4, 5]));
    println!("{}", average(&[]));
}
