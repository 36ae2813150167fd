mod shop {
    fn price() -> u32 {
        250
    }
}

fn main() {
    println!("{}", shop::price());
}
