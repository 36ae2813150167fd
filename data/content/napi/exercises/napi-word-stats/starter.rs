#[derive(Debug, PartialEq)]
pub struct WordStats {
    pub words: u32,
    pub longest: String,
}

pub fn word_stats(text: &str) -> WordStats {
    todo!()
}

fn main() {
    println!("{:?}", word_stats("the quick brown fox"));
}
