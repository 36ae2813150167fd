trait Describe {
    fn name(&self) -> String;
    fn describe(&self) -> String;
}

struct Temperature {
    celsius: f64,
}

impl Describe for Temperature {
    fn name(&self) -> String {
        format!("{} degrees", self.celsius)
    }
}

fn main() {
    let today = Temperature { celsius: 21.456 };
    println!("Today: {}", today.name());
}
