// ? on an Option returns None from the function as soon as a step has no value.
fn initials(full_name: &str) -> Option<String> { //@ fn
    let mut parts = full_name.split(' '); //@ split
    let first = parts.next()?.chars().next()?; //@ check
    let last = parts.next()?.chars().next()?; //@ check
    Some(format!("{first}{last}")) //@ result
}

fn main() {
    for name in ["Grace Hopper", "Ferris"] { //@ loop
        if let Some(result) = initials(name) { //@ iflet
            println!("{name} -> {result}"); //@ some
        } else { //@ else
            println!("{name} -> no initials"); //@ none
        }
    }
}
