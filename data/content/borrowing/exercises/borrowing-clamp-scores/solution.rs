/// Limits every score to 0..=100 in place and returns how many were changed.
fn clamp_scores(scores: &mut [i32]) -> usize {
    let mut changed = 0;
    for score in scores.iter_mut() {
        let clamped = (*score).clamp(0, 100);
        if clamped != *score {
            *score = clamped;
            changed += 1;
        }
    }
    changed
}

fn main() {
    let mut scores = vec![50, 120, -5, 100];
    let changed = clamp_scores(&mut scores);
    println!("{changed} changed: {scores:?}");
}
