use std::fmt;

struct Temperature {
    celsius: f64,
}

impl fmt::Display for Temperature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1} °C", self.celsius)
    }
}

fn main() {
    let today = Temperature { celsius: 21.456 };
    println!("Today: {today}");
}
