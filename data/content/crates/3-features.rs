// Compiled only with `cargo build --features color`.
#[cfg(feature = "color")] //@ cfg
fn paint(text: &str) -> String {
    format!("\x1b[32m{text}\x1b[0m") //@ color
}

// Compiled only without the feature, which is the case here.
#[cfg(not(feature = "color"))]
fn paint(text: &str) -> String {
    text.to_string() //@ plain
}

fn main() {
    println!("{}", paint("all tests passed")); //@ print
    println!("color feature: {}", cfg!(feature = "color")); //@ flag
}
