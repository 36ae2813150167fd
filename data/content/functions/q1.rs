fn main() {
    let x = {
        let a = 2;
        a * 10
    };
    let size = if x > 15 { "big" } else { "small" };
    println!("{x} {size}");
}
