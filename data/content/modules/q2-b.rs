mod shop {
    pub fn price() -> u32 {
        250
    }
}

use shop::prices;

fn main() {
    println!("{}", prices());
}
