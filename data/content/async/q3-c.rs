use std::thread;

fn answer() -> u32 {
    42
}

fn main() {
    let value = thread::spawn(answer).join().unwrap();
    println!("{value}");
}
