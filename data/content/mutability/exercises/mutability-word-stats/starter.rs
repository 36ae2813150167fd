/// Counts the words with at least `min_len` letters, and finds the longest word.
fn word_stats(text: &str, min_len: usize) -> (usize, String) {
    let count = 0;
    let longest = String::new();

    for word in text.split_whitespace() {
        if word.len() >= min_len {
            count += 1;
        }
        if word.len() > longest.len() {
            longest = word.to_string();
        }
    }

    (count, longest)
}

fn main() {
    let (count, longest) = word_stats("the quick brown fox", 4);
    println!("{count} long words, the longest is {longest}");
}
