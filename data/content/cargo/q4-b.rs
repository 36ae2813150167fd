use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert("crab", 3);
    println!("{}", stock["crab"]);
}
