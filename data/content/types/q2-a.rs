enum Status {
    Active,
    Suspended { days: u32 },
    Closed,
}

fn label(status: &Status) -> String {
    match status {
        Status::Active => String::from("active"),
        Status::Suspended { days } => format!("suspended for {days} days"),
    }
}

fn main() {
    println!("{}", label(&Status::Closed));
}
