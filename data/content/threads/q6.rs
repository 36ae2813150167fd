use std::thread;

fn main() {
    let mut visits = 0;

    let handles: Vec<_> = (0..4)
        .map(|_| {
            thread::spawn(move || {
                visits += 1;
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }

    println!("visits: {visits}");
}
