fn main() {
    println!("{}", 300_i32 as u8); // integer to integer: keeps the low 8 bits //@ low
    println!("{}", -1_i32 as u32); // same bits, read as unsigned //@ unsigned
    println!("{}", 3.99_f64 as i32); // drops the fraction //@ trunc
    println!("{}", -1.5_f64 as u8); // saturates at the minimum, 0 //@ negative
    println!("{}", 1e10_f64 as i32); // saturates at i32::MAX //@ big
    println!("{}", f64::NAN as i32); //@ nan
}
