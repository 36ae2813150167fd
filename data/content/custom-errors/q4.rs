use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
struct ReadError {
    path: String,
    cause: ParseIntError,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read {}", self.path)
    }
}

impl Error for ReadError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

fn main() {
    let cause = "x".parse::<u8>().unwrap_err();
    let err = ReadError { path: String::from("app.toml"), cause };
    println!("{err}");
    let mut next = err.source();
    while let Some(inner) = next {
        println!("because: {inner}");
        next = inner.source();
    }
}
