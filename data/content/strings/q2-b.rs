fn main() {
    let name: String = "Ferris";
    println!("{name} says hi");
}
