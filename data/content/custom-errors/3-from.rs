use std::num::ParseIntError;

#[derive(Debug)]
enum LimitError { //@ type
    BadNumber(ParseIntError),
    TooLarge(u32),
}

// ? passes every error through From::from, so this impl is all it needs.
impl From<ParseIntError> for LimitError { //@ from
    fn from(err: ParseIntError) -> Self {
        LimitError::BadNumber(err) //@ wrap
    }
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
            Err(LimitError::TooLarge(n)) => println!("error: {n} is above 100"), //@ err
            Err(LimitError::BadNumber(cause)) => println!("error: bad number ({cause})"), //@ err
        }
    }
}
