fn main() {
    let n: i32 = "42".parse()?;
    println!("{n}");
}
