use std::time::Duration;
use tokio::time::sleep; //@ sleep

async fn load(name: &str, ms: u64, ok: bool) -> Result<String, String> { //@ load
    sleep(Duration::from_millis(ms)).await; //@ wait
    if !ok {
        return Err(format!("{name} failed")); //@ fail
    }
    Ok(format!("{name} loaded")) //@ ok
}

#[tokio::main]
async fn main() {
    // Returns the first Err at once and drops the other futures.
    match tokio::try_join!(load("user", 200, true), load("orders", 50, false)) { //@ join
        Ok((user, orders)) => println!("{user} {orders}"), //@ both
        Err(err) => println!("error: {err}"), //@ error
    }
}
