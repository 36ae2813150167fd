fn final_price(price: u32, coupon: Option<u32>) -> u32 {
    price - coupon
}

fn main() {
    println!("{}", final_price(1000, Some(250)));
    println!("{}", final_price(1000, None));
}
