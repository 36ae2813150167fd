use clap::Parser;

#[derive(Parser)] //@ parse
struct Cli {
    #[arg(short, long, default_value_t = 3)]
    top: usize, //@ field
}

fn main() {
    for argv in [vec!["tally", "--top", "5"], vec!["tally", "--top", "many"], vec!["tally", "--colour"]] { //@ loop
        // parse_from would print the error and exit with status 2;
        // try_parse_from returns it so we can look at it.
        match Cli::try_parse_from(argv) { //@ try
            Ok(cli) => println!("top = {}", cli.top), //@ ok
            Err(err) => println!("rejected: {:?}", err.kind()), //@ err
        }
    }
}
