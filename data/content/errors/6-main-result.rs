use std::num::ParseIntError; //@ helper

// main may return a Result. If it returns an Err, Rust prints "Error: "
// and the error's Debug form to stderr, and the process exits with code 1.
fn main() -> Result<(), ParseIntError> { //@ main
    let width: u32 = "800".parse()?; //@ w
    let height: u32 = "600".parse()?; //@ h
    println!("{} pixels", width * height); //@ print
    Ok(())
}
