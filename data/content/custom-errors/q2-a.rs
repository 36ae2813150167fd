#[derive(Debug)]
struct ConfigError {
    key: String,
}

impl std::error::Error for ConfigError {}

fn main() {
    let err = ConfigError { key: String::from("port") };
    println!("{err:?}");
}
