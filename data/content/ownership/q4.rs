fn main() {
    let a = 10;
    let mut b = a;
    b += 5;

    let s = String::from("hi");
    let t = s;
    println!("{a} {b} {t}");
}
