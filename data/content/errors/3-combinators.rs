struct Config {
    port: u16,
}

fn load_config(name: &str) -> Result<Config, String> {
    if name == "app.toml" {
        Ok(Config { port: 8080 })
    } else {
        Err(format!("missing {name}"))
    }
}

fn main() {
    for name in ["app.toml", "other.toml"] {
        // map works on the Ok value; unwrap_or_else handles the Err.
        let port = load_config(name)
            .map(|config| config.port)
            .unwrap_or_else(|err| {
                println!("using default: {err}");
                3000
            });
        println!("{port}");
    }
}
