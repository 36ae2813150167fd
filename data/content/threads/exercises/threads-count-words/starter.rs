use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::thread;

fn count_words(lines: Vec<String>) -> HashMap<String, usize> {
    let counts = Rc::new(RefCell::new(HashMap::new()));
    let mut handles = Vec::new();

    for line in lines {
        let counts = Rc::clone(&counts);
        handles.push(thread::spawn(move || {
            for word in line.split_whitespace() {
                *counts.borrow_mut().entry(word.to_string()).or_insert(0) += 1;
            }
        }));
    }

    for handle in handles {
        handle.join().unwrap();
    }
    counts.borrow().clone()
}
