enum Status {
    Active,
    Suspended { days: u32 },
    Closed,
}

fn days_left(status: &Status) -> u32 {
    status.days
}

fn main() {
    println!("{}", days_left(&Status::Suspended { days: 3 }));
    let _others = [Status::Active, Status::Closed];
}
