use std::thread;

fn sum_of(values: &[u32]) -> u32 { //@ work
    values.iter().sum()
}

fn main() {
    let scores = vec![3, 9, 4, 7, 1, 8, 6]; //@ data
    let (left, right) = scores.split_at(3); // two borrowed halves, no copies //@ split

    // Every thread spawned on `s` is joined before scope() returns.
    let (a, b) = thread::scope(|s| { //@ spawn
        let first = s.spawn(|| sum_of(left)); //@ spawn,run
        let second = s.spawn(|| sum_of(right)); //@ spawn,run
        (first.join().unwrap(), second.join().unwrap()) //@ join
    });

    println!("{a} + {b} = {}", a + b); //@ print
    println!("still here: {} scores", scores.len()); //@ after
}
