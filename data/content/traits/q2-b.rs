#[derive(Debug)]
struct Temperature {
    celsius: f64,
}

fn main() {
    let today = Temperature { celsius: 21.456 };
    println!("Today: {today}");
}
