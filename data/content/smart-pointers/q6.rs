use std::cell::RefCell;

struct Cart {
    items: RefCell<Vec<u32>>,
}

impl Cart {
    fn add(&self, price: u32) {
        let mut items = self.items.borrow_mut();
        items.push(price);
        println!("{} items, total {}", items.len(), self.total());
    }

    fn total(&self) -> u32 {
        self.items.borrow().iter().sum()
    }
}

fn main() {
    let cart = Cart { items: RefCell::new(Vec::new()) };
    cart.add(250);
}
