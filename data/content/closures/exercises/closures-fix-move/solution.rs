fn make_multiplier(factor: i32) -> impl Fn(i32) -> i32 {
    move |x| x * factor
}

fn make_prefixer(prefix: String) -> impl Fn(&str) -> String {
    move |name| format!("{prefix}{name}")
}

fn main() {
    let triple = make_multiplier(3);
    let doctor = make_prefixer(String::from("Dr. "));
    println!("{} {}", triple(14), doctor("Who"));
}
