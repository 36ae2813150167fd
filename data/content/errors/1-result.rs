// The return type says it: either a port number or an error message.
fn parse_port(text: &str) -> Result<u16, String> { //@ fn
    match text.parse::<u16>() {
        Ok(port) if port > 0 => Ok(port), //@ ok
        _ => Err(format!("invalid port: {text}")), //@ err
    }
}

fn main() {
    for input in ["8080", "http"] { //@ loop
        match parse_port(input) {
            Ok(port) => println!("port {port}"), //@ okcase
            Err(message) => println!("error: {message}"), //@ errcase
        }
    }
}
