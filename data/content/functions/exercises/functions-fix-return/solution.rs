fn circle_area(radius: f64) -> f64 {
    std::f64::consts::PI * radius * radius
}

fn describe(radius: f64) -> String {
    let area = circle_area(radius);
    format!("radius {radius}: area {area:.2}")
}

fn main() {
    println!("{}", describe(2.0));
}
