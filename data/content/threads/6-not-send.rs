use std::rc::Rc;
use std::thread;

fn main() {
    let theme = Rc::new(String::from("dark")); // Rc is not Send //@ value

    // Fails at compile time: the closure would carry an Rc to another thread.
    let handle = thread::spawn(move || println!("theme: {theme}")); //@ spawn,send
    handle.join().unwrap();
}
