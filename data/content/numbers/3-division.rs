fn main() {
    let items = 7; //@ items
    let boxes = 2; //@ boxes

    println!("{}", items as f64 / boxes as f64); // float division //@ div
    println!("{}", items / boxes); // integer division truncates //@ trunc
    println!("{}", -items / boxes); // toward zero, not down //@ neg
    println!("{}", -items % boxes); //@ rem
    println!("{}", 1.0 / 0.0); // items / 0 would panic instead //@ inf
}
