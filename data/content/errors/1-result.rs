// The return type says it: either a port number or an error message.
fn parse_port(text: &str) -> Result<u16, String> {
    match text.parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(format!("invalid port: {text}")),
    }
}

fn main() {
    for input in ["8080", "http"] {
        match parse_port(input) {
            Ok(port) => println!("port {port}"),
            Err(message) => println!("error: {message}"),
        }
    }
}
