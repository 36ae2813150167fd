use std::thread;

/// Sums `numbers` using up to `parts` threads that borrow the slice.
fn parallel_sum(numbers: &[u64], parts: usize) -> u64 {
    let size = numbers.len().div_ceil(parts).max(1);
    thread::scope(|s| {
        let handles: Vec<_> = numbers
            .chunks(size)
            .map(|chunk| s.spawn(move || chunk.iter().sum::<u64>()))
            .collect();
        handles.into_iter().map(|handle| handle.join().unwrap()).sum()
    })
}
