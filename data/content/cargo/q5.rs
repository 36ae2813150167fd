fn main() {
    let mut checks = 0;
    if cfg!(debug_assertions) {
        checks += 1;
    }
    checks += 1;
    println!("{checks}");
}
