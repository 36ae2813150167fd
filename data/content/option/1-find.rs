struct User {
    id: u32,
    name: &'static str,
}

fn main() {
    let users = [
        User { id: 1, name: "Ada" },
        User {
            id: 2,
            name: "Grace",
        },
    ];

    // find returns Option<&User>: the type says "maybe there is none".
    let found = users.iter().find(|u| u.id == 3);

    match found {
        Some(user) => println!("{}", user.name),
        None => println!("no user with id 3"),
    }
}
