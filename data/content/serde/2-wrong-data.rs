use serde::Deserialize;

#[derive(Deserialize)]
struct User {
    name: String,
    age: u32,
}

fn main() {
    let messages = [ //@ inputs
        r#"{ "name": "Ferris", "age": "7" }"#, //@ wrongtype
        r#"{ "name": "Ferris" }"#, //@ missing
    ];

    for text in messages { //@ loop
        match serde_json::from_str::<User>(text) { //@ parse
            Ok(user) => println!("{} next year: {}", user.name, user.age + 1), //@ ok
            Err(err) => println!("rejected: {err}"),
        }
    }
}
