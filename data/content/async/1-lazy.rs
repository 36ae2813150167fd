use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

async fn greet() -> &'static str {
    println!("working");
    "hello"
}

// A toy executor: poll until ready. Real runtimes sleep between polls instead of spinning.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
    }
}

fn main() {
    let future = greet(); // nothing runs yet
    println!("created");
    println!("{}", block_on(future));
}
