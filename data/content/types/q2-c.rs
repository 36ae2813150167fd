fn main() {
    let port: u16 = 8080;
    let next: u32 = port + 1;
    println!("{next}");
}
