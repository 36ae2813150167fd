fn pick<T: PartialOrd>(a: T, b: T) -> T {
    if a < b { b } else { a }
}

fn main() {
    println!("{} {} {}", pick(3, 7), pick("b", "ab"), pick(2.5, -1.0));
}
