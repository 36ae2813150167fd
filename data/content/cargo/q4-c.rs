fn main() {
    let roll: u8 = rand::random();
    println!("{roll}");
}
