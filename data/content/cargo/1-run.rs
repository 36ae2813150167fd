// cargo run -- Ada   builds the binary if needed, then runs it with "Ada"
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect(); //@ args
    let name = args.first().map(String::as_str).unwrap_or("world"); //@ name

    println!("Hello, {name}."); //@ hello
    println!("{} argument(s)", args.len()); //@ count
}
