use std::fmt;

#[derive(Debug)]
enum LoginError {
    WrongPassword,
    Locked,
    Expired,
}

impl fmt::Display for LoginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoginError::WrongPassword => write!(f, "wrong password"),
            LoginError::Locked => write!(f, "account locked"),
        }
    }
}

impl std::error::Error for LoginError {}

fn main() {
    println!("{}", LoginError::Expired);
}
