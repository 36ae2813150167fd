use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Config {
    port: u16,
    debug: bool,
}

fn main() {
    // The trailing comma after `true` makes this invalid JSON.
    let text = r#"{ "port": 8080, "debug": true, }"#; //@ text

    let config: Config = serde_json::from_str(text).expect("config.json is invalid"); //@ parse
    println!("listening on {} (debug: {})", config.port, config.debug); //@ use
}
