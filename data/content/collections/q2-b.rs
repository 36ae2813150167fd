use std::collections::HashMap;

fn main() {
    let prices = HashMap::from([("tea", 3), ("cake", 4)]);
    let total = prices.get("tea") + 1;
    println!("{total}");
}
