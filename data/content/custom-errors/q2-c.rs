#[derive(Debug)]
enum RunError {
    TooBig(u32),
}

fn run() -> Result<u32, RunError> {
    let n = "7".parse::<u32>()?;
    if n > 5 {
        return Err(RunError::TooBig(n));
    }
    Ok(n)
}

fn main() {
    println!("{:?}", run());
}
