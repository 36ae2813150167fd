use std::fmt;

#[derive(Debug)]
enum PortError { //@ type
    Empty,
    NotANumber(String),
}

// Display is the message for people; the derived Debug is for developers.
impl fmt::Display for PortError { //@ display
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PortError::Empty => write!(f, "no port given"),
            PortError::NotANumber(text) => write!(f, "{text:?} is not a port number"),
        }
    }
}

// With Debug and Display in place, this makes PortError a standard error.
impl std::error::Error for PortError {}

fn parse_port(text: &str) -> Result<u16, PortError> { //@ fn
    if text.is_empty() {
        return Err(PortError::Empty); //@ empty
    }
    text.parse().map_err(|_| PortError::NotANumber(text.to_string())) //@ nan
}

fn main() {
    for input in ["8080", "", "http"] { //@ loop
        match parse_port(input) {
            Ok(port) => println!("port {port}"), //@ ok
            Err(err) => println!("error: {err}"), //@ err
        }
    }
}
