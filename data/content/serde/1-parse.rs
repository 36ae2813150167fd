use serde::Deserialize; //@ import

// The derive writes the code that turns JSON into this struct.
#[derive(Debug, Deserialize)]
struct User { //@ shape
    name: String, //@ shape
    age: u32, //@ shape
    languages: Vec<String>, //@ shape
}

fn main() {
    let text = r#"{ "name": "Ferris", "age": 7, "languages": ["Rust", "C"] }"#; //@ text

    // The target type tells serde_json what to expect.
    let user: User = serde_json::from_str(text).unwrap(); //@ parse

    println!("{} is {}", user.name, user.age); //@ use
    println!("{}", user.languages.join(", ")); //@ langs
    println!("{user:?}");
}
