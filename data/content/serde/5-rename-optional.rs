use serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")] // display_name <-> "displayName"
struct User {
    display_name: String,
    // A missing key becomes None; None is left out when writing.
    #[serde(skip_serializing_if = "Option::is_none")]
    avatar_url: Option<String>, //@ option
}

fn main() {
    let text = r#"[{ "displayName": "Ferris", "avatarUrl": "crab.png" }, { "displayName": "Corro" }]"#; //@ text
    let users: Vec<User> = serde_json::from_str(text).unwrap(); //@ parse

    for user in &users { //@ loop
        let avatar = user.avatar_url.as_deref().unwrap_or("default.png"); //@ fallback
        println!("{}: {avatar}", user.display_name); //@ fallback
    }

    println!("{}", serde_json::to_string(&users[1]).unwrap()); //@ write
}
