struct Item {
    name: String,
    price_cents: u32,
    quantity: u32,
}

struct Cart {
    items: Vec<Item>,
}

impl Cart {
    fn new() -> Self {
        todo!()
    }

    fn add(&mut self, name: &str, price_cents: u32, quantity: u32) {
        todo!()
    }

    fn total_cents(&self) -> u32 {
        todo!()
    }

    fn count(&self) -> u32 {
        todo!()
    }

    fn names(&self) -> Vec<&str> {
        self.items.iter().map(|item| item.name.as_str()).collect()
    }
}

fn main() {
    let mut cart = Cart::new();
    cart.add("apple", 50, 2);
    cart.add("pear", 80, 1);
    println!("{} units, {} cents: {:?}", cart.count(), cart.total_cents(), cart.names());
}
