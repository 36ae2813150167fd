fn main() {
    let scores = [90, 72, 85]; //@ data
    let best = scores.iter().max().unwrap(); //@ best

    // {:?} is the debug format; plain {} would not compile for an array.
    println!("{scores:?}"); //@ debug
    println!("best: {best}"); //@ display
    println!("{:?}", ("Ada", 36)); //@ tuple
    eprintln!("this line goes to standard error"); //@ stderr
}
