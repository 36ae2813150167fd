fn main() {
    // mut says up front that this binding will change.
    let mut total = 0;

    for price in [3, 4, 5] {
        total += price;
    }

    println!("total: {total}");
}
