fn main() {
    let input = "  Straße, Brücke,, Tor  "; //@ input

    let trimmed = input.trim(); // a &str borrowed from input //@ trim
    println!("{}", trimmed.to_uppercase()); //@ upper
    let parts: Vec<&str> = trimmed.split(',').collect(); //@ split
    println!("{parts:?}");
    println!("{}", trimmed.contains("Brücke")); //@ contains
    println!("{}", trimmed.starts_with("Str")); //@ starts
    println!("{}", trimmed.replace(", ", "/")); // replaces every match //@ replace
}
