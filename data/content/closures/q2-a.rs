fn main() {
    let name = String::from("Ferris");
    let take = move || name;
    let first = take();
    let second = take();
    println!("{first} {second}");
}
