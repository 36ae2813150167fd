mod shop {
    pub fn price() -> u32 {
        250
    }
}

fn main() {
    println!("{}", price());
}
