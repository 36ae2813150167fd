#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

fn add(a: Money, b: Money) -> Money {
    Money { cents: a.cents + b.cents }
}

/// The price plus a tip of `percent` percent, rounded down to the cent.
fn with_tip(price: Money, percent: i64) -> Money {
    let tip = Money { cents: price.cents * percent / 100 };
    add(price, tip)
}

/// Twice the price.
fn double(price: Money) -> Money {
    add(price, price)
}

fn main() {
    let price = Money { cents: 1250 };
    println!("{:?} {:?}", with_tip(price, 10), double(price));
}
