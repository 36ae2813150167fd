fn parse_port(text: &str) -> Option<u16> { //@ parse
    let n: u16 = text.parse().ok()?; //@ num
    if n > 0 { Some(n) } else { None } //@ valid
}

fn describe(address: &str) -> String { //@ fn
    let Some(port) = address.split(':').nth(1).and_then(parse_port) else { //@ letelse,else
        return format!("{address}: bad port"); //@ bail
    };
    format!("{address}: port {port}") //@ use
}

fn main() {
    println!("{}", describe("localhost:8080")); //@ a
    println!("{}", describe("localhost:http")); //@ b
    println!("{}", describe("localhost")); //@ c
}
