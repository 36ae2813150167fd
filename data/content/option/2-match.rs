struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = [ //@ users
        User { id: 1, name: String::from("Ada") },
        User { id: 2, name: String::from("Grace") },
    ];

    for id in [2, 3] { //@ loop
        let found = users.iter().find(|u| u.id == id); //@ find
        match found {
            Some(user) => println!("{}", user.name), //@ some,name
            None => println!("no user with id {id}"), //@ none,missing
        }
    }
}
