fn main() {
    let word = "crab🦀"; //@ word

    println!("{}", &word[0..4]); // bytes 0 to 3 //@ ok
    println!("{}", word.chars().take(5).collect::<String>()); //@ chars

    // Byte 5 is inside the four-byte emoji, so this slice panics.
    println!("{}", &word[0..5]); //@ bad
}
