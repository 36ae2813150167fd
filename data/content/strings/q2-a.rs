fn main() {
    let name = String::from("Ferris");
    let greeting = name + " says hi";
    println!("{greeting}");
}
