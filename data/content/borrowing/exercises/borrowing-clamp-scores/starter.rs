/// Limits every score to 0..=100 in place and returns how many were changed.
fn clamp_scores(scores: &mut [i32]) -> usize {
    todo!()
}

fn main() {
    let mut scores = vec![50, 120, -5, 100];
    let changed = clamp_scores(&mut scores);
    println!("{changed} changed: {scores:?}");
}
