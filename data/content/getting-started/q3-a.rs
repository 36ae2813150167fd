fn main() {
    let name = "Ferris";
    println!(name);
}
