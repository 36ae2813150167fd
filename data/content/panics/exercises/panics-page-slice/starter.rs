/// Returns the items of a 1-based page; pages past the end are empty.
fn page<T>(items: &[T], page_number: usize, per_page: usize) -> &[T] {
    todo!()
}

fn main() {
    let letters = ["a", "b", "c", "d", "e"];
    println!("{:?}", page(&letters, 3, 2));
}
