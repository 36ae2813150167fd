mod shop {
    pub fn price() -> u32 {
        250
    }
}

use shop::price;

fn main() {
    println!("{}", price());
}
