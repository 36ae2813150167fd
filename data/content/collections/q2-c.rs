use std::collections::HashMap;

fn main() {
    let mut orders: HashMap<&str, u32> = HashMap::new();
    for item in ["tea", "cake", "tea"] {
        *orders.entry(item).or_insert(0) += 1;
    }
    println!("{}", orders["tea"]);
}
