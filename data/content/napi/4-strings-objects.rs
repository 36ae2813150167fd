use napi_derive::napi;

// Crosses to JavaScript as a plain object: { words, longest }.
#[napi(object)]
pub struct WordStats { //@ object
    pub words: u32,
    pub longest: String,
}

#[napi]
pub fn word_stats(text: String) -> WordStats { //@ stats
    let mut longest = ""; //@ longest
    let mut words = 0; //@ words
    for word in text.split_whitespace() { //@ loop
        words += 1; //@ count
        if word.len() > longest.len() { longest = word; } //@ compare
    }
    WordStats { words, longest: longest.to_string() } //@ object
}

#[napi]
pub fn shout(text: String) -> String { //@ shout
    format!("{}!", text.to_uppercase()) //@ upper
}
