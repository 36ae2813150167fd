fn main() {
    let scores = [70, 85, 90];
    let mut total = 0;
    for i in 0..=scores.len() {
        total += scores[i];
    }
    println!("{total}");
}
