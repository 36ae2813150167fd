fn double(text: &str) -> Result<i32, String> {
    let n: i32 = text.parse()?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", double("21"));
}
