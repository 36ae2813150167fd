async fn greet() -> &'static str { //@ fn
    println!("working"); //@ body
    "hello" //@ ret
}

#[tokio::main]
async fn main() {
    // Calling an async fn only builds a future; nothing runs yet.
    let future = greet(); //@ create
    println!("created"); //@ created

    // .await hands the future to the runtime, which runs it now.
    println!("{}", future.await); //@ await
}
