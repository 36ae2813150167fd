use std::thread;

fn main() {
    let data: Vec<u8> = vec![1, 2, 3, 4]; //@ data

    // `move` gives the closure, and so the thread, ownership of data.
    let handle = thread::spawn(move || { //@ spawn,move,run
        data.iter().map(|&b| u32::from(b)).sum::<u32>() //@ sum
    });

    // data has moved: using it here would be error E0382. //@ after
    println!("sum: {}", handle.join().unwrap()); //@ join
}
