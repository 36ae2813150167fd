const DEBUG: bool = cfg!(debug_assertions); //@ mode

fn average(values: &[f64]) -> f64 {
    // Checked in debug builds, removed from release builds.
    debug_assert!(!values.is_empty(), "average of no values"); //@ check
    values.iter().sum::<f64>() / values.len() as f64 //@ avg
}

fn main() {
    println!("{}", if DEBUG { "debug build: extra checks on" } else { "release build" }); //@ print
    println!("{}", average(&[2.0, 4.0, 9.0])); //@ call
}
