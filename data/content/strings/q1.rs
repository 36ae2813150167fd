fn main() {
    let city = "Zürich";
    println!("{} {}", city.len(), city.chars().count());
}
