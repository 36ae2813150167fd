fn shout(text: String) -> String {
    text.to_uppercase()
}

fn main() {
    let greeting = String::from("hello");
    let loud = shout(greeting);
    println!("{loud} {greeting}");
}
