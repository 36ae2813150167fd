fn main() {
    let a: u32 = 4_000_000_000;
    println!("{:?}", a.checked_add(500_000_000));
    println!("{}", a.wrapping_add(500_000_000));
    println!("{:?}", a.checked_add(200_000_000));
}
