fn to_fahrenheit(celsius: f64) -> f64 {
    todo!()
}

fn describe(celsius: f64) -> String {
    todo!()
}

fn main() {
    for celsius in [0.0, 37.0, 100.0] {
        println!("{}", describe(celsius));
    }
}
