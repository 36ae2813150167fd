fn main() {
    let scores = vec![70, 85, 92]; //@ new
    println!("first: {}", scores[0]); //@ first

    let tenth = scores[10]; // panics: there is no tenth item //@ index
    println!("tenth: {tenth}"); //@ print
}
