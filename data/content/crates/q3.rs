#[cfg(feature = "fast")]
const MODE: &str = "fast";

#[cfg(not(feature = "fast"))]
const MODE: &str = "careful";

fn main() {
    println!("{MODE}");
    println!("{}", cfg!(feature = "fast"));
}
