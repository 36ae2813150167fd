fn main() {
    for word in ["e", "é", "🦀", "crab🦀"] { //@ loop
        let bytes = word.len(); // UTF-8 bytes //@ len
        let chars = word.chars().count(); // Unicode scalar values //@ chars
        println!("{word}: len {bytes}, characters {chars}"); //@ print
    }
}
