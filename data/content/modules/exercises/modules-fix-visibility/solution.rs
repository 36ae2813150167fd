mod bank {
    pub struct Account {
        owner: String,
        balance: u64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }

        pub fn deposit(&mut self, amount: u64) {
            self.balance += amount;
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }

        pub fn owner(&self) -> &str {
            &self.owner
        }
    }
}

use bank::Account;

fn main() {
    let mut account = Account::open("Ferris");
    account.deposit(50);
    println!("{} has {}", account.owner(), account.balance());
}
