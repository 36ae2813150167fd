/// Returns the items of a 1-based page; pages past the end are empty.
fn page<T>(items: &[T], page_number: usize, per_page: usize) -> &[T] {
    if page_number == 0 {
        return &[];
    }
    // Keep both bounds inside the slice, so that slicing cannot panic.
    let start = (page_number - 1).saturating_mul(per_page).min(items.len());
    let end = start.saturating_add(per_page).min(items.len());
    &items[start..end]
}

fn main() {
    let letters = ["a", "b", "c", "d", "e"];
    println!("{:?}", page(&letters, 3, 2));
}
