#[derive(Debug, PartialEq)]
pub struct Options {
    pub top: usize,
    pub lines: bool,
    pub file: Option<String>,
}

/// Parses the arguments that follow the program name.
pub fn parse_args(args: &[&str]) -> Result<Options, String> {
    let mut options = Options { top: 3, lines: false, file: None };
    let mut iter = args.iter();
    while let Some(&arg) = iter.next() {
        match arg {
            "-t" | "--top" => {
                let value = iter.next().ok_or("missing value for --top")?;
                options.top = value
                    .parse()
                    .map_err(|_| format!("invalid number for --top: {value}"))?;
            }
            "-l" | "--lines" => options.lines = true,
            _ if arg.starts_with('-') => return Err(format!("unknown option: {arg}")),
            _ => {
                if options.file.is_some() {
                    return Err("more than one file given".to_string());
                }
                options.file = Some(arg.to_string());
            }
        }
    }
    Ok(options)
}

fn main() {
    println!("{:?}", parse_args(&["--top", "5", "notes.txt"]));
    println!("{:?}", parse_args(&["--top", "many"]));
}
