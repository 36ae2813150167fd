use std::thread;

fn fib(n: u32) -> u32 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    // Like Task::compute: the work runs on another thread...
    let worker = thread::spawn(|| fib(30)); //@ spawn
    // ...so this thread is free in the meantime.
    println!("main thread: still free"); //@ free
    // Like Task::resolve: the result comes back to the caller.
    let result = worker.join().unwrap(); //@ join
    println!("fib(30) = {result}"); //@ print
}
