fn main() {
    let factor = 3; //@ factor
    let scale = |x| x * factor; // borrows factor //@ scale
    let add = |a: i32, b: i32| -> i32 { a + b }; //@ add

    println!("{}", scale(5)); //@ call
    println!("{}", add(2, 40)); //@ call2

    let prices = vec![4, 10, 1]; //@ list
    let scaled: Vec<i32> = prices.iter().map(|p| scale(*p)).collect(); //@ map
    println!("{scaled:?}"); //@ map
    println!("{factor}"); //@ still
}
