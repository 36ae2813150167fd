enum Command {
    Add(i32),
    Double,
    Reset,
}

fn apply(total: i32, command: &Command) -> i32 {
    match command {
        Command::Add(n) if *n < 0 => total,
        Command::Add(n) => total + n,
        Command::Double => total * 2,
        Command::Reset => 0,
    }
}

fn main() {
    let commands = [Command::Add(5), Command::Double, Command::Add(-3), Command::Add(1)];
    let mut total = 0;
    for c in &commands {
        total = apply(total, c);
    }
    println!("{total}");
    println!("{}", apply(total, &Command::Reset));
}
