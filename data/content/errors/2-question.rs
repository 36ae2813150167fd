use std::num::ParseIntError;

// ? returns the error to the caller, or gives back the value inside Ok.
fn sum(a: &str, b: &str) -> Result<i64, ParseIntError> {
    let a: i64 = a.parse()?;
    let b: i64 = b.parse()?;
    Ok(a + b)
}

fn main() {
    for (a, b) in [("2", "40"), ("2", "forty")] {
        match sum(a, b) {
            Ok(total) => println!("{total}"),
            Err(err) => println!("failed: {err}"),
        }
    }
}
