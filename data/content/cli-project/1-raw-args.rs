fn main() {
    // Stands in for std::env::args(): [program, ...arguments].
    let argv = ["tally", "--top", "2", "notes.txt"]; //@ argv
    let mut args = argv.iter().skip(1); //@ skip
    let mut top: usize = 3; //@ default
    let mut file: Option<&str> = None; //@ file
    while let Some(arg) = args.next() { //@ loop
        if *arg == "--top" { //@ flag
            top = args.next().and_then(|value| value.parse().ok()).unwrap_or(top); //@ value
        } else { //@ else
            file = Some(arg); //@ positional
        }
    }
    println!("top={top} file={}", file.unwrap_or("-")); //@ print
}
