use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Count lines and words")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the number of lines, words and bytes
    Count, //@ count
    /// Print the most frequent words
    Top { //@ top
        #[arg(short, default_value_t = 3)]
        n: usize, //@ n
    },
}

fn main() {
    for argv in [vec!["tally", "count"], vec!["tally", "top", "-n", "5"], vec!["tally", "top"]] { //@ loop
        let message = match Cli::parse_from(argv).command { //@ parse,match
            Command::Count => "counting lines, words and bytes".to_string(), //@ countmsg
            Command::Top { n } => format!("showing the top {n} words"), //@ topmsg
        };
        println!("{message}"); //@ print
    }
}
