fn main() {
    let argv = ["tally", "-l", "notes.txt", "--top=4"];
    for arg in argv.iter().skip(1) {
        match arg.strip_prefix("--") {
            Some(long) => println!("long: {long}"),
            None if arg.starts_with('-') => println!("short: {}", &arg[1..]),
            None => println!("file: {arg}"),
        }
    }
}
