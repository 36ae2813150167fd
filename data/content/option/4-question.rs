// ? on an Option returns None from the function as soon as a step has no value.
fn initials(full_name: &str) -> Option<String> {
    let mut parts = full_name.split(' ');
    let first = parts.next()?.chars().next()?;
    let last = parts.next()?.chars().next()?;
    Some(format!("{first}{last}"))
}

fn main() {
    for name in ["Grace Hopper", "Ferris"] {
        if let Some(result) = initials(name) {
            println!("{name} -> {result}");
        } else {
            println!("{name} -> no initials");
        }
    }
}
