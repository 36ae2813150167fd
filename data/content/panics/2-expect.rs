fn main() {
    let setting = "80a0"; //@ input

    // expect() gives the value inside an Ok, or panics with this message.
    let port: u16 = setting.parse().expect("PORT must be a number"); //@ parse
    println!("listening on port {port}"); //@ print
}
