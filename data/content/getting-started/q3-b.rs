fn main() {
    let name = "Ferris";
    println!("Hello, {}", nmae);
}
