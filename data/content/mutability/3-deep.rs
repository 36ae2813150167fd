fn main() {
    let list = Vec::new();

    // Without mut, the vector's contents cannot change either.
    list.push(1);
    list.push(2);
    println!("{list:?}");
}
