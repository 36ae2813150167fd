use std::thread;

fn main() {
    let numbers: Vec<u64> = (1..=1_000_000).collect();

    // Scoped threads may borrow `numbers`: nothing is copied, and every
    // thread is joined before the scope ends, while `numbers` still exists.
    let sums: Vec<u64> = thread::scope(|s| {
        let handles: Vec<_> = numbers
            .chunks(250_000) //@ split
            .map(|chunk| s.spawn(move || chunk.iter().sum::<u64>())) //@ spawn
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect() //@ join
    });

    for (i, sum) in sums.iter().enumerate() {
        println!("part {i}: {sum}"); //@ parts
    }
    println!("total: {}", sums.iter().sum::<u64>()); //@ total
}
