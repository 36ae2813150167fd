use std::thread;

fn main() {
    let names = vec!["Ada", "Grace"];
    let handle = thread::spawn(move || names.len());
    println!("{} of {}", handle.join().unwrap(), names.len());
}
