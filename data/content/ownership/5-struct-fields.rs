struct Order {
    customer: String,
    items: Vec<String>,
    total_cents: u32,
}

fn main() {
    let order = Order { //@ make
        customer: String::from("Ada"),
        items: vec![String::from("tea"), String::from("cake")],
        total_cents: 850,
    };

    let customer = order.customer; // moves this one field out //@ take
    let total = order.total_cents; // u32 is Copy, so this copies //@ copy
    println!("{customer} pays {total}"); //@ print1
    // Fields that did not move are still usable; order.customer is not.
    println!("{} items, {} cents", order.items.len(), order.total_cents); //@ print2
}
