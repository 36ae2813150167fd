fn main() {
    let port: u16 = "8080".parse().expect("not a port");
    println!("{port}");
}
