fn main() {
    let value = "many"; //@ value
    // parse() returns Result<usize, ParseIntError>, not a usize.
    let top: usize = value.parse(); //@ parse
    println!("showing the top {top} words"); //@ print
}
