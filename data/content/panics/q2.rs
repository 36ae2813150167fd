fn main() {
    let v = vec![10, 20, 30];
    match v.get(5) {
        Some(x) => println!("got {x}"),
        None => println!("nothing at 5"),
    }
    let second = v.get(1).copied().unwrap_or(0);
    println!("{}", second + 1);
}
