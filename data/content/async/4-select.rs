use std::time::Duration;
use tokio::time::sleep; //@ sleep

async fn fetch_quote() -> String { //@ fetch
    sleep(Duration::from_millis(500)).await; //@ slow
    println!("fetch finished anyway"); //@ late
    "a quote".to_string() //@ ret
}

#[tokio::main]
async fn main() {
    // The first branch to finish wins; the other future is dropped.
    tokio::select! { //@ race
        quote = fetch_quote() => println!("got {quote}"), //@ got
        _ = sleep(Duration::from_millis(100)) => println!("timed out after 100 ms"), //@ timeout,timedout
    }
    sleep(Duration::from_millis(600)).await; // long enough for the fetch to finish //@ linger
    println!("done"); //@ done
}
