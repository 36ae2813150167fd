fn fallback(label: &str) -> i32 {
    println!("fallback for {label}");
    0
}

fn main() {
    let a: Option<i32> = Some(1);
    let b: Option<i32> = None;
    let x = a.unwrap_or(fallback("x"));
    let y = b.unwrap_or_else(|| fallback("y"));
    let z = a.unwrap_or_else(|| fallback("z"));
    println!("{}", x + y + z);
}
