fn apply_n_times(f: impl Fn(i64) -> i64, n: u32, x: i64) -> i64 {
    let mut value = x;
    for _ in 0..n {
        value = f(value);
    }
    value
}

fn collect_until_none(mut next: impl FnMut() -> Option<i64>) -> Vec<i64> {
    let mut values = Vec::new();
    while let Some(v) = next() {
        values.push(v);
    }
    values
}

fn main() {
    println!("{}", apply_n_times(|v| v * 2, 3, 1));
    let mut left = 3;
    let countdown = collect_until_none(|| {
        if left == 0 {
            return None;
        }
        left -= 1;
        Some(left)
    });
    println!("{countdown:?}");
}
