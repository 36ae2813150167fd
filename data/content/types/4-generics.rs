// T can be any type whose values can be compared and copied.
fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut best = *items.first()?;
    for &item in items {
        if item > best {
            best = item;
        }
    }
    Some(best)
}

fn main() {
    println!("{:?}", largest(&[3, 9, 4]));
    println!("{:?}", largest(&["pear", "apple", "zucchini"]));
    println!("{:?}", largest::<i32>(&[]));
}
