// A Word borrows its text from the sentence instead of copying it,
// so a Word can never outlive that sentence.
struct Word<'a> {
    text: &'a str,
    index: usize,
}

// One reference goes in, so the Words borrow from it: '_ says "elided here".
fn words(sentence: &str) -> Vec<Word<'_>> { //@ fn
    let mut found = Vec::new();
    for (index, text) in sentence.split(' ').enumerate() { //@ loop
        found.push(Word { text, index }); //@ push
    }
    found
}

fn main() {
    let sentence = String::from("borrow do not copy"); //@ make
    for word in words(&sentence) { //@ use
        println!("{}: {}", word.index, word.text); //@ print
    }
}
