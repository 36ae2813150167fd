use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1]));

    let handles: Vec<_> = (2..=4)
        .map(|n| {
            let data = Arc::clone(&data);
            thread::spawn(move || data.lock().unwrap().push(n))
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }

    let mut numbers = data.lock().unwrap().clone();
    numbers.sort();
    println!("{:?} {}", numbers, Arc::strong_count(&data));
}
