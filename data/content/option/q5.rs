fn main() {
    let scores = vec![70, 85, 64];
    // The best score above 90.
    let best = scores.iter().copied().filter(|s| *s > 90).max().unwrap();
    println!("best: {best}");
}
