async fn answer() -> u32 {
    42
}

fn main() {
    let value = answer().await;
    println!("{value}");
}
