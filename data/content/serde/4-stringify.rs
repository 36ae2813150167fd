use serde::Serialize;

#[derive(Serialize)]
struct Order {
    id: u32,
    items: Vec<String>,
    paid: bool,
}

fn main() {
    let order = Order { //@ value
        id: 1042, //@ id
        items: vec!["tea".to_string(), "scones".to_string()], //@ items
        paid: true, //@ paid
    };

    println!("{}", serde_json::to_string(&order).unwrap()); //@ compact
    println!("{}", serde_json::to_string_pretty(&order).unwrap()); //@ pretty
}
