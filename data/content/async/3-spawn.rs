use std::time::Duration;
use tokio::time::sleep; //@ sleep

#[tokio::main]
async fn main() {
    // tokio::spawn hands the future to the runtime, which starts it right away.
    let report = tokio::spawn(async { //@ spawn
        sleep(Duration::from_millis(100)).await; //@ work
        println!("report ready"); //@ ready
        42 //@ ret
    });

    println!("main keeps going"); //@ go
    sleep(Duration::from_millis(300)).await; //@ wait
    println!("main is done waiting"); //@ waited
    let pages = report.await.expect("the task panicked"); //@ result
    println!("report has {pages} pages"); //@ print
}
