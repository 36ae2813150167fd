fn describe(name: &str) -> String {
    format!("{name} has {} letters.", name.len())
}

fn greeting(name: String) -> String {
    let description = describe(&name);
    format!("{description} Hello, {name}")
}

fn main() {
    println!("{}", greeting(String::from("Ferris")));
}
