fn main() {
    let mut n = 1;
    let result = loop {
        n *= 3;
        if n > 50 {
            break n;
        }
    };
    println!("{result}");
}
