use std::sync::mpsc;
use std::thread;

fn main() {
    let (sender, receiver) = mpsc::channel();

    // move gives the worker thread ownership of the sending end.
    let worker = thread::spawn(move || {
        for id in 1..=3 {
            sender.send(id).expect("receiver is gone");
        }
        // The thread ends here and drops sender, which closes the channel.
    });

    // The loop ends once the channel is closed and empty.
    for id in receiver {
        println!("job {id} done");
    }
    worker.join().expect("worker panicked");
    println!("all jobs finished");
}
