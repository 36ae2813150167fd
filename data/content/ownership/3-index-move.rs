fn main() {
    let names = vec![String::from("Ada"), String::from("Grace"), String::from("Linus")];

    // Taking the String out by index would leave a hole in the vector.
    let first = names[0]; //@ index
    println!("{first} {}", names.len()); //@ print
}
