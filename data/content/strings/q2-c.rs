fn main() {
    let name = "Ferris";
    let greeting = name + " says hi";
    println!("{greeting}");
}
