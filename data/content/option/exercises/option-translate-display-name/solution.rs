struct Profile {
    nickname: Option<String>,
}

struct User {
    name: String,
    profile: Option<Profile>,
}

fn display_name(user: Option<&User>) -> String {
    user.and_then(|u| u.profile.as_ref())
        .and_then(|p| p.nickname.clone())
        .or_else(|| user.map(|u| u.name.clone()))
        .unwrap_or_else(|| String::from("anonymous"))
}

fn main() {
    let ada = User { name: String::from("Ada"), profile: None };
    println!("{}", display_name(Some(&ada)));
    println!("{}", display_name(None));
}
