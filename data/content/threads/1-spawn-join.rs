use std::thread;

fn count_primes(from: u32, to: u32) -> u32 { //@ work
    (from.max(2)..to)
        .filter(|&n| (2..).take_while(|d| d * d <= n).all(|d| n % d != 0))
        .count() as u32
}

fn main() {
    let ranges = [(0, 50_000), (50_000, 100_000)]; //@ ranges

    // Each closure runs on its own operating-system thread.
    let handles: Vec<_> = ranges //@ spawn
        .into_iter()
        .map(|(from, to)| thread::spawn(move || count_primes(from, to))) //@ spawn,run
        .collect();

    // join() waits for a thread and returns what its closure returned.
    for (i, handle) in handles.into_iter().enumerate() { //@ join
        let count = handle.join().expect("the thread panicked"); //@ join
        println!("range {i}: {count} primes"); //@ print
    }
}
