fn main() {
    let input = "http"; //@ input

    // parse() returns Result<u16, ParseIntError>, not a u16.
    let port: u16 = input.parse::<u16>(); //@ parse
    println!("{}", port + 1); //@ use
}
