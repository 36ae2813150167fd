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
        Self { items: Vec::new() }
    }

    fn add(&mut self, name: &str, price_cents: u32, quantity: u32) {
        self.items.push(Item { name: name.to_string(), price_cents, quantity });
    }

    fn total_cents(&self) -> u32 {
        let mut total = 0;
        for item in &self.items {
            total += item.price_cents * item.quantity;
        }
        total
    }

    fn count(&self) -> u32 {
        let mut units = 0;
        for item in &self.items {
            units += item.quantity;
        }
        units
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
