#[derive(Debug, PartialEq)]
pub struct Options {
    pub top: usize,
    pub lines: bool,
    pub file: Option<String>,
}

/// Parses the arguments that follow the program name.
pub fn parse_args(args: &[&str]) -> Result<Options, String> {
    todo!()
}

fn main() {
    println!("{:?}", parse_args(&["--top", "5", "notes.txt"]));
    println!("{:?}", parse_args(&["--top", "many"]));
}
