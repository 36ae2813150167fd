fn make_greeter(greeting: String) -> impl Fn(&str) -> String {
    |name| format!("{greeting}, {name}")
}

fn main() {
    let hello = make_greeter(String::from("Hello"));
    println!("{}", hello("Ada"));
}
