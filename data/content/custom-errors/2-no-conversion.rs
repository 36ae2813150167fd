use std::num::ParseIntError;

#[derive(Debug)]
enum LimitError { //@ type
    BadNumber(ParseIntError),
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
    println!("{:?}", parse_limit("50")); //@ call
}
