use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum OrderError {
    Empty,
    BadQuantity(ParseIntError),
}

impl fmt::Display for OrderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrderError::Empty => write!(f, "the order is empty"),
            OrderError::BadQuantity(err) => write!(f, "bad quantity: {err}"),
        }
    }
}

impl std::error::Error for OrderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OrderError::Empty => None,
            OrderError::BadQuantity(err) => Some(err),
        }
    }
}

/// Adds up the quantities, one per line.
fn total_quantity(text: &str) -> Result<u32, OrderError> {
    if text.trim().is_empty() {
        return Err(OrderError::Empty);
    }
    let mut total = 0;
    for line in text.lines() {
        total += line.trim().parse::<u32>()?;
    }
    Ok(total)
}

fn main() {
    match total_quantity("2\nthree") {
        Ok(total) => println!("{total} items"),
        Err(err) => println!("error: {err}"),
    }
}
