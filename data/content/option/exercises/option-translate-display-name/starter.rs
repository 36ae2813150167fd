struct Profile {
    nickname: Option<String>,
}

struct User {
    name: String,
    profile: Option<Profile>,
}

fn display_name(user: Option<&User>) -> String {
    todo!()
}

fn main() {
    let ada = User { name: String::from("Ada"), profile: None };
    println!("{}", display_name(Some(&ada)));
    println!("{}", display_name(None));
}
