use clap::Parser; //@ use

#[derive(Parser)] // only available with the "derive" feature
struct Args { //@ struct
    #[arg(long)]
    name: String, //@ name
    #[arg(long, default_value_t = 1)]
    times: u32, //@ times
}

fn main() {
    // A fixed argument list instead of std::env::args(), so the output never changes.
    let args = Args::parse_from(["greet", "--name", "Ferris", "--times", "2"]); //@ parse,args
    for _ in 0..args.times { //@ loop
        println!("Hello, {}", args.name); //@ print
    }
}
