async fn log(message: &str) {
    println!("{message}");
}

fn main() {
    let first = log("one");
    println!("two");
    drop(first);
    drop(log("three"));
    println!("four");
}
