// Only Copy: nothing promises that T supports >.
fn largest<T: Copy>(items: &[T]) -> Option<T> { //@ sig
    let mut best = *items.first()?; //@ first
    for &item in items { //@ loop
        if item > best { //@ cmp
            best = item;
        }
    }
    Some(best) //@ ret
}

fn main() {
    println!("{:?}", largest(&[1, 5])); //@ call
}
