/// The letter grade for a score from 0 to 100.
/// Panics if the score is above 100.
fn grade(score: u32) -> char {
    if score > 100 {
        panic!("score out of range: {score}");
    }
    if score >= 90 {
        'A'
    } else if score >= 80 {
        'B'
    } else if score >= 70 {
        'C'
    } else if score >= 60 {
        'D'
    } else {
        'F'
    }
}
