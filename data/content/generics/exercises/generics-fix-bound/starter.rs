fn count_above<T>(items: &[T], limit: T) -> usize {
    items.iter().filter(|item| **item > limit).count()
}

fn main() {
    println!("{}", count_above(&[3, 8, 10, 1], 5));
    println!("{}", count_above(&["kiwi", "apple", "mango"], "banana"));
}
