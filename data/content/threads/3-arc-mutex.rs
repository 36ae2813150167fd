use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0)); //@ new
    let mut handles = Vec::new();

    for _ in 0..4 { //@ spawn
        let counter = Arc::clone(&counter); // one more owner, for this thread //@ clone
        handles.push(thread::spawn(move || { //@ spawn
            for _ in 0..1000 { //@ loop
                *counter.lock().unwrap() += 1; // locked, changed, unlocked //@ add
            }
        }));
    }

    for handle in handles { //@ join
        handle.join().unwrap(); //@ join
    }
    println!("{}", *counter.lock().unwrap()); //@ print
}
