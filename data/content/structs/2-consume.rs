struct Order {
    items: Vec<String>,
}

impl Order {
    fn add(&mut self, item: &str) { //@ add
        self.items.push(item.to_string());
    }

    // self (not &self): checkout takes the order and uses it up.
    fn checkout(self) -> String { //@ checkout
        format!("Receipt: {}", self.items.join(", "))
    }
}

fn main() {
    let mut order = Order { items: Vec::new() }; //@ make
    order.add("tea"); //@ first
    let receipt = order.checkout(); //@ call
    order.add("cake"); //@ late
    println!("{receipt}"); //@ print
}
