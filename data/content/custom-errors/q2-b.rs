use std::error::Error;

fn run() -> Result<u32, Box<dyn Error>> {
    let n: u32 = "7".parse()?;
    if n > 5 {
        return Err("too big".into());
    }
    Ok(n)
}

fn main() {
    match run() {
        Ok(n) => println!("{n}"),
        Err(err) => println!("error: {err}"),
    }
}
