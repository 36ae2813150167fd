fn main() {
    let queue = vec!["ada", "grace", "linus"];
    for i in 0..=queue.len() {
        println!("{}: {}", i + 1, queue[i]);
    }
}
