#[derive(Debug)]
enum Role {
    Guest,
    Admin,
}

fn can_delete(role: Role) -> bool {
    role == Role::Admin
}

fn main() {
    println!("{}", can_delete(Role::Guest));
}
