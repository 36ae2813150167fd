fn print_all<T>(items: &[T]) {
    for item in items {
        println!("{item}");
    }
}

fn main() {
    print_all(&[1, 2, 3]);
}
