fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut count = 0;
    let r = &mut count;
    bump(r);
    bump(r);
    *r += 10;
    println!("{count}");
}
