use clap::Parser;

/// Count the words in a text file.
#[derive(Parser)] //@ parse
#[command(author, version, about)]
struct Cli {
    /// How many of the most frequent words to show
    #[arg(short, long, default_value_t = 3)] //@ defaults
    top: usize, //@ top
    /// Count lines instead of words
    #[arg(short, long)]
    lines: bool, //@ lines
    /// The file to read; standard input when missing
    file: Option<String>, //@ file
}

fn main() {
    for argv in [vec!["tally", "--top", "2", "notes.txt"], vec!["tally", "-l"]] { //@ loop
        // A real tool calls Cli::parse(), which reads std::env::args().
        let cli = Cli::parse_from(argv); //@ call
        let file = cli.file.as_deref().unwrap_or("stdin");
        println!("top={} lines={} file={file}", cli.top, cli.lines); //@ print
    }
}
