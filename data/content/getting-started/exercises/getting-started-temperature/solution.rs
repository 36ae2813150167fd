fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}

fn describe(celsius: f64) -> String {
    format!("{celsius} °C = {:.1} °F", to_fahrenheit(celsius))
}

fn main() {
    for celsius in [0.0, 37.0, 100.0] {
        println!("{}", describe(celsius));
    }
}
