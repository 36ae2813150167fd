// Callers must never pass zero people: if it happens, the bug is theirs.
fn share(total_cents: u32, people: u32) -> u32 { //@ share
    assert!(people > 0, "share() needs at least one person"); //@ assert
    total_cents / people //@ divide
}

// Users type all sorts of things: a bad answer is expected, not a bug.
fn parse_people(text: &str) -> Result<u32, String> { //@ parse
    match text.trim().parse::<u32>() {
        Err(_) => Err(format!("{text:?} is not a number")), //@ nan
        Ok(0) => Err(String::from("there must be at least one person")), //@ zero
        Ok(n) => Ok(n), //@ ok
    }
}

fn main() {
    for input in ["4", "0", "four"] { //@ loop
        match parse_people(input) {
            Ok(people) => println!("each pays {}", share(1000, people)), //@ pays
            Err(message) => println!("please try again: {message}"), //@ again
        }
    }
}
