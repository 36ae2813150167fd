fn parse_top(value: &str) -> Result<usize, String> { //@ parsefn
    let n: usize = value.parse().map_err(|_| format!("--top expects a number, got '{value}'"))?; //@ parse
    if n == 0 { return Err("--top must be at least 1".to_string()); } //@ zero
    Ok(n) //@ ok
}

fn run(value: &str) -> Result<(), String> { //@ run
    let top = parse_top(value)?; // an Err returns from run here //@ q
    println!("showing the top {top} words"); //@ show
    Ok(())
}

fn main() {
    for value in ["5", "many", "0"] { //@ loop
        let status = match run(value) { //@ status,match
            Ok(()) => 0,
            Err(message) => {
                eprintln!("tally: {message}"); // stderr, not stdout //@ eprint
                1 // a real tool: std::process::exit(1) //@ one
            }
        };
        println!("exit status {status}"); //@ print
    }
}
