fn main() {
    let mut scores = vec![70, 85, 92];
    for s in scores.iter_mut() {
        *s += 5;
    }
    let passed: Vec<_> = scores.iter().filter(|s| **s >= 90).collect();
    println!("{passed:?}");
}
