// T can be any type whose values can be compared and copied.
fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> { //@ sig
    let mut best = *items.first()?; //@ first
    for &item in items { //@ loop
        if item > best { //@ cmp
            best = item;
        }
    }
    Some(best) //@ ret
}

fn main() {
    println!("{:?}", largest(&[3, 9, 4])); //@ a
    println!("{:?}", largest(&["pear", "apple", "zucchini"])); //@ b
    println!("{:?}", largest::<i32>(&[])); //@ c
}
