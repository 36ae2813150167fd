use std::any::type_name_of_val;

fn main() {
    let big: u64 = 1 << 53; // 2 to the power of 53 //@ big
    println!("{}", big + 1 == big); // false: every u64 is exact //@ same

    println!("{}", u64::MAX); // the largest u64 //@ max

    let count = 42; // no other hints, so i32 //@ count
    let ratio = 4.2; // f64 //@ ratio
    println!("{} {}", type_name_of_val(&count), type_name_of_val(&ratio)); //@ types
}
