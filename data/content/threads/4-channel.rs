use std::sync::mpsc;
use std::thread;

fn main() {
    let (sender, receiver) = mpsc::channel();

    for id in 1..=3 { //@ spawn
        let sender = sender.clone(); // one sender per thread //@ spawn
        thread::spawn(move || { //@ spawn
            sender.send((id, id * id)).unwrap(); //@ send
        });
    }
    drop(sender); // the loop below ends when every sender is gone //@ done

    let mut results: Vec<(u32, u32)> = receiver.iter().collect(); //@ collect,recv
    results.sort(); // arrival order varies //@ sort
    for (id, square) in results { //@ print
        println!("job {id}: {square}"); //@ print
    }
}
