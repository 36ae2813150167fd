fn main() {
    let total = 10;
    let has_coupon = true;

    if has_coupon {
        let total = total - 3;
        println!("discounted: {total}");
    }

    println!("to pay: {total}");
}
