enum Status {
    Active,
    Suspended { days: u32 },
    Closed,
}

fn days_left(status: &Status) -> u32 {
    match status {
        Status::Suspended { days } => *days,
        Status::Active | Status::Closed => 0,
    }
}

fn main() {
    println!("{}", days_left(&Status::Suspended { days: 3 }));
    println!("{}", days_left(&Status::Active) + days_left(&Status::Closed));
}
