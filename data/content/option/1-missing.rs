struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = [ //@ users
        User { id: 1, name: String::from("Ada") },
        User { id: 2, name: String::from("Grace") },
    ];

    // find returns Option<&User>: "maybe there is no such user".
    let found = users.iter().find(|u| u.id == 3); //@ find

    println!("{}", found.name); //@ use
}
