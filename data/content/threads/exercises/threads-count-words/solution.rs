use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn count_words(lines: Vec<String>) -> HashMap<String, usize> {
    let counts = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();

    for line in lines {
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || {
            for word in line.split_whitespace() {
                *counts.lock().unwrap().entry(word.to_string()).or_insert(0) += 1;
            }
        }));
    }

    for handle in handles {
        handle.join().unwrap();
    }
    counts.lock().unwrap().clone()
}
