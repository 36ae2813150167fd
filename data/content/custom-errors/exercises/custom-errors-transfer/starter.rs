use std::fmt;

#[derive(Debug, PartialEq)]
enum TransferError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountLocked(String),
    ZeroAmount,
}

impl fmt::Display for TransferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        todo!()
    }
}

impl std::error::Error for TransferError {}

/// Takes `amount` out of `balance` and returns what is left.
fn withdraw(owner: &str, balance: u64, amount: u64, locked: bool) -> Result<u64, TransferError> {
    todo!()
}

fn main() {
    match withdraw("Ada", 20, 50, false) {
        Ok(left) => println!("{left} left"),
        Err(err) => println!("error: {err}"),
    }
}
