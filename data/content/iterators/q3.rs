fn main() {
    let numbers = vec![1, 2, 3, 4, 5, 6];
    let found = numbers
        .iter()
        .map(|n| {
            println!("squaring {n}");
            n * n
        })
        .find(|square| *square > 10);
    println!("{found:?}");
}
