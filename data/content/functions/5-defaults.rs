fn greet_with(name: &str, greeting: Option<&str>) -> String { //@ fn
    let greeting = greeting.unwrap_or("Hello"); // None means "use the default"
    format!("{greeting}, {name}!") //@ body
}

// A second function for the common case.
fn greet(name: &str) -> String {
    greet_with(name, None)
}

fn main() {
    println!("{}", greet("Ada")); //@ call1
    println!("{}", greet_with("Ada", None)); //@ call2
    println!("{}", greet_with("Ada", Some("Welcome"))); //@ call3
}
