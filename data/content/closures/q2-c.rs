fn call_each(items: &[i32], f: impl Fn(i32)) {
    for &item in items {
        f(item);
    }
}

fn main() {
    let mut total = 0;
    call_each(&[1, 2, 3], |n| total += n);
    println!("{total}");
}
