use std::thread;

/// Sums `numbers` on up to `parts` threads, one chunk each.
pub fn parallel_sum(numbers: &[u64], parts: usize) -> u64 {
    let chunk_size = numbers.len().div_ceil(parts).max(1);
    let mut handles = Vec::new();
    for chunk in numbers.chunks(chunk_size) {
        handles.push(thread::spawn(move || chunk.iter().sum::<u64>()));
    }
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

fn main() {
    let numbers: Vec<u64> = (1..=100).collect();
    println!("{}", parallel_sum(&numbers, 4));
}
