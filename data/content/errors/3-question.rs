use std::num::ParseIntError; //@ helper

// ? gives back the value inside Ok, or returns the Err to the caller at once.
fn sum(a: &str, b: &str) -> Result<i64, ParseIntError> { //@ fn
    let a: i64 = a.parse()?; //@ body
    let b: i64 = b.parse()?; //@ body
    Ok(a + b)
}

fn main() {
    for (a, b) in [("2", "40"), ("2", "forty")] {
        match sum(a, b) { //@ ok,bad
            Ok(total) => println!("{total}"),
            Err(err) => println!("failed: {err}"), //@ failed
        }
    }
}
