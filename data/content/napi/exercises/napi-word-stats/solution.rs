#[derive(Debug, PartialEq)]
pub struct WordStats {
    pub words: u32,
    pub longest: String,
}

pub fn word_stats(text: &str) -> WordStats {
    let mut longest = "";
    let mut words = 0;
    for word in text.split_whitespace() {
        words += 1;
        if word.len() > longest.len() {
            longest = word;
        }
    }
    WordStats { words, longest: longest.to_string() }
}

fn main() {
    println!("{:?}", word_stats("the quick brown fox"));
}
