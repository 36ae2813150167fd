use std::time::Duration;

#[tokio::main(flavor = "current_thread")] // one thread, like an event loop
async fn main() {
    let ticker = tokio::spawn(async { //@ tick
        tokio::time::sleep(Duration::from_millis(50)).await; //@ tick
        println!("tick"); //@ tick
    });

    // Blocks the runtime's only thread: no other task can run meanwhile.
    std::thread::sleep(Duration::from_millis(300)); //@ block
    println!("work done"); //@ done

    ticker.await.unwrap();
}
