// cargo run compiles the project, then calls main.
fn main() {
    let version = "1.0"; //@ version
    let year = 2015; //@ year

    println!("Hello, world!"); //@ hello
    // Names in braces are filled in like ${} in a template literal.
    println!("Rust {version} was released in {year}."); //@ fmt
}
