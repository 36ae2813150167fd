use std::rc::Rc;
use std::thread;

fn main() {
    let names = Rc::new(vec!["Ada", "Grace"]);
    let handle = thread::spawn(move || names.len());
    println!("{}", handle.join().unwrap());
}
