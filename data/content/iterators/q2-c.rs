fn main() {
    let scores = vec![70, 85, 92];
    let passed = scores.iter().filter(|s| **s >= 90).collect();
    println!("{passed:?}");
}
