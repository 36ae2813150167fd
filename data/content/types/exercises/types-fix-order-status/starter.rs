enum OrderStatus {
    Pending,
    Shipped { tracking: String },
    Delivered,
    Refunded { amount_cents: u32 },
}

fn describe(status: &OrderStatus) -> String {
    match status {
        OrderStatus::Pending => String::from("waiting to ship"),
        OrderStatus::Shipped { tracking } => format!("shipped, tracking {tracking}"),
        OrderStatus::Delivered => String::from("delivered"),
    }
}

fn main() {
    let statuses = [
        OrderStatus::Pending,
        OrderStatus::Shipped { tracking: String::from("ZX81") },
        OrderStatus::Delivered,
        OrderStatus::Refunded { amount_cents: 1250 },
    ];
    for status in &statuses {
        println!("{}", describe(status));
    }
}
