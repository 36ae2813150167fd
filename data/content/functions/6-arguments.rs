fn format_price(cents: u32, currency: &str) -> String { //@ fn
    format!("{:.2} {currency}", cents as f64 / 100.0) //@ body
}

fn main() {
    println!("{}", format_price(1999, "EUR")); //@ ok
    println!("{}", format_price(1999)); //@ missing
}
