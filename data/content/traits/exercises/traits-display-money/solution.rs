use std::fmt;

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.abs();
        write!(f, "{sign}${}.{:02}", abs / 100, abs % 100)
    }
}

fn main() {
    println!("Total: {}", Money { cents: 1205 });
}
