use std::thread;
use std::time::Duration;

fn download(name: &str, ms: u64) -> String {
    thread::sleep(Duration::from_millis(ms));
    format!("{name} ({ms} ms)")
}

fn main() {
    // Each download runs on its own operating system thread.
    let a = thread::spawn(|| download("a.txt", 30));
    let b = thread::spawn(|| download("b.txt", 10));

    // join() waits for a thread and hands back its result.
    for handle in [a, b] {
        println!("{}", handle.join().expect("thread panicked"));
    }
}
