use std::env;

fn main() {
    // env::args() yields [path to this program, ...arguments].
    let args: Vec<String> = env::args().skip(1).collect(); //@ args
    let name = args.first().map(String::as_str).unwrap_or("world"); //@ name
    println!("Hello, {name}!"); //@ print
}
