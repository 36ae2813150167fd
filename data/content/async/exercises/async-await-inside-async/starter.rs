/// Pretends to look a price up somewhere slow.
async fn price_of(item: &str) -> u32 {
    match item {
        "tea" => 250,
        "scone" => 320,
        _ => 0,
    }
}

/// The sum of the prices of all items, in cents.
fn total(items: &[&str]) -> u32 {
    let mut sum = 0;
    for item in items {
        sum += price_of(item).await;
    }
    sum
}
