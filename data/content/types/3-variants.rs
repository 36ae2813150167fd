enum Payment {
    Cash,                    // no data
    Card { last4: String },  // named fields
    Voucher(u32),            // unnamed value
}

fn describe(payment: &Payment) -> String { //@ fn
    match payment { //@ match
        Payment::Cash => String::from("paid in cash"), //@ cash
        Payment::Card { last4 } => format!("card ending in {last4}"), //@ card
        // A guard: this arm only matches when the condition holds.
        Payment::Voucher(amount) if *amount >= 50 => String::from("large voucher"), //@ voucher,guard
        Payment::Voucher(amount) => format!("voucher worth {amount}"), //@ small
    }
}

fn main() {
    let payments = [ //@ list
        Payment::Cash, //@ a
        Payment::Card { last4: String::from("4242") }, //@ b
        Payment::Voucher(20), //@ c
        Payment::Voucher(75), //@ d
    ];
    for p in &payments { //@ loop
        println!("{}", describe(p));
    }
}
