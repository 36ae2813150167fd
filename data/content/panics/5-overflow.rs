fn main() {
    let mut stock: u8 = 250; //@ make
    for delivery in [3, 4] { //@ loop
        // In a debug build, overflow panics instead of wrapping around.
        stock += delivery; //@ add
        println!("stock {stock}"); //@ print
    }
}
