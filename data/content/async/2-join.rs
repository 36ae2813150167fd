use std::time::Duration;
use tokio::time::sleep; //@ sleep

async fn download(name: &str, ms: u64) -> String { //@ fn
    sleep(Duration::from_millis(ms)).await; // the thread is free meanwhile //@ wait
    println!("finished {name}"); //@ done
    format!("{name} ({ms} ms)") //@ ret
}

#[tokio::main] //@ main
async fn main() { //@ main
    // Both downloads wait at the same time; the total is about 300 ms, not 400.
    let results = tokio::join!(download("a.txt", 300), download("b.txt", 100)); //@ join
    for line in [results.0, results.1] { //@ print
        println!("{line}"); //@ print
    }
}
