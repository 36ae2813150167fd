fn main() {
    let original = vec![String::from("rust"), String::from("js")];

    // clone() makes an independent copy with its own owner.
    let mut copy = original.clone();
    copy.push(String::from("wasm"));

    // Both are still valid: nothing was moved.
    println!("{} {}", original.len(), copy.len());
}
