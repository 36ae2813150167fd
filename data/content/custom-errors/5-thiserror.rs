use std::error::Error;
use std::num::ParseIntError;

// The derive writes Display from the #[error] texts, implements
// std::error::Error with source(), and #[from] adds the From conversion.
#[derive(Debug, thiserror::Error)]
enum LimitError { //@ type
    #[error("the limit is not a number")] //@ badmsg
    BadNumber(#[from] ParseIntError), //@ from
    #[error("the limit {0} is above 100")] //@ largemsg
    TooLarge(u32),
}

fn parse_limit(text: &str) -> Result<u32, LimitError> { //@ fn
    let limit = text.parse::<u32>()?; //@ parse
    if limit > 100 {
        return Err(LimitError::TooLarge(limit)); //@ large
    }
    Ok(limit)
}

fn main() {
    for input in ["50", "500", "lots"] { //@ loop
        match parse_limit(input) {
            Ok(limit) => println!("limit {limit}"), //@ ok
            Err(err) => {
                println!("error: {err}"); //@ err
                if let Some(cause) = err.source() { //@ cause
                    println!("  caused by: {cause}");
                }
            }
        }
    }
}
