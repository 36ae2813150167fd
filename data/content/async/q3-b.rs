async fn answer() -> u32 {
    42
}

async fn main() {
    let value = answer().await;
    println!("{value}");
}
