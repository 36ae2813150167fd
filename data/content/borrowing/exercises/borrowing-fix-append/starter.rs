/// Appends the double of every even number to the end of the list.
fn append_doubles(numbers: &mut Vec<i32>) {
    for n in numbers.iter() {
        if n % 2 == 0 {
            numbers.push(n * 2);
        }
    }
}

fn main() {
    let mut numbers = vec![1, 2, 3, 4];
    append_doubles(&mut numbers);
    println!("{numbers:?}");
}
