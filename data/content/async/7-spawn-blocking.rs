use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ticker = tokio::spawn(async { //@ tick
        tokio::time::sleep(Duration::from_millis(50)).await; //@ tick
        println!("tick"); //@ tick
    });

    // spawn_blocking runs the closure on a separate thread pool.
    let work = tokio::task::spawn_blocking(|| { //@ spawn
        std::thread::sleep(Duration::from_millis(300)); //@ block
    });
    work.await.unwrap(); // waiting here lets the ticker run
    println!("work done"); //@ done

    ticker.await.unwrap();
}
