struct Config {
    port: u16,
}

fn load_config(name: &str) -> Result<Config, String> { //@ fn
    if name == "app.toml" {
        Ok(Config { port: 8080 }) //@ ok
    } else {
        Err(format!("missing {name}")) //@ err
    }
}

fn main() {
    for name in ["app.toml", "other.toml"] { //@ loop
        // map works on the Ok value; unwrap_or_else turns an Err into a fallback.
        let port = load_config(name) //@ call
            .map(|config| config.port) //@ map
            .unwrap_or_else(|err| { //@ fallback
                println!("using default: {err}"); //@ say
                3000 //@ default
            });
        println!("{port}"); //@ print
    }
}
