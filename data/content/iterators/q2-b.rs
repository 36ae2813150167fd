fn main() {
    let scores = vec![70, 85, 92];
    for s in scores.iter_mut() {
        *s += 5;
    }
    println!("{scores:?}");
}
