mod units {
    pub const METERS_PER_KM: f64 = 1000.0;

    pub mod convert {
        pub fn to_km(meters: f64) -> f64 {
            meters / super::METERS_PER_KM
        }
    }
}

use units::convert::to_km;

fn trip_km(legs: &[f64]) -> f64 {
    legs.iter().map(|&meters| to_km(meters)).sum()
}

fn main() {
    println!("{} km", trip_km(&[1500.0, 2500.0]));
}
