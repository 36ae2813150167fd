use std::fmt;

#[derive(Debug, PartialEq)]
enum TransferError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountLocked(String),
    ZeroAmount,
}

impl fmt::Display for TransferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TransferError::InsufficientFunds { needed, available } => {
                write!(f, "insufficient funds: needed {needed}, available {available}")
            }
            TransferError::AccountLocked(owner) => write!(f, "the account of {owner} is locked"),
            TransferError::ZeroAmount => write!(f, "the amount must be greater than zero"),
        }
    }
}

impl std::error::Error for TransferError {}

/// Takes `amount` out of `balance` and returns what is left.
fn withdraw(owner: &str, balance: u64, amount: u64, locked: bool) -> Result<u64, TransferError> {
    if locked {
        return Err(TransferError::AccountLocked(owner.to_string()));
    }
    if amount == 0 {
        return Err(TransferError::ZeroAmount);
    }
    if amount > balance {
        return Err(TransferError::InsufficientFunds { needed: amount, available: balance });
    }
    Ok(balance - amount)
}

fn main() {
    match withdraw("Ada", 20, 50, false) {
        Ok(left) => println!("{left} left"),
        Err(err) => println!("error: {err}"),
    }
}
