/// Appends the double of every even number to the end of the list.
fn append_doubles(numbers: &mut Vec<i32>) {
    let mut doubles = Vec::new();
    // Only read numbers here; the new values wait in their own vector.
    for n in numbers.iter() {
        if n % 2 == 0 {
            doubles.push(n * 2);
        }
    }
    // The loop's borrow has ended, so numbers can be changed now.
    numbers.extend(doubles);
}

fn main() {
    let mut numbers = vec![1, 2, 3, 4];
    append_doubles(&mut numbers);
    println!("{numbers:?}");
}
