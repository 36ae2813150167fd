fn shipping_cost(total_cents: u32, country: &str) -> u32 { //@ fn
    if total_cents >= 5000 { //@ guard1
        return 0; // free shipping //@ ret1
    } //@ end1
    if country != "DE" { //@ guard2
        return 1500; //@ ret2
    } //@ end2
    495 // the normal case, as the last expression //@ last
}

fn main() {
    println!("{}", shipping_cost(6000, "FR")); //@ call1
    println!("{}", shipping_cost(2000, "FR")); //@ call2
    println!("{}", shipping_cost(2000, "DE")); //@ call3
}
