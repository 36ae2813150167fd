// derive(Debug) writes the code that lets {:?} print the struct.
#[derive(Debug)]
struct Config {
    host: String,
    port: u16,
    verbose: bool,
}

fn main() {
    let base = Config { host: String::from("localhost"), port: 8080, verbose: false }; //@ base

    // ..base fills in the fields not listed here (only host).
    let dev = Config { port: 3000, verbose: true, ..base }; //@ update

    // base.host moved into dev, but the Copy field port can still be read.
    println!("{}", base.port); //@ old
    println!("{} {}", dev.host, dev.verbose); //@ fields
    println!("{dev:?}"); //@ print
}
