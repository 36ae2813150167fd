// derive(Clone) writes a clone() that clones every field in turn.
#[derive(Clone)]
struct User {
    name: String,
    tags: Vec<String>,
}

fn main() {
    let a = User { name: String::from("Ada"), tags: vec![String::from("admin")] }; //@ make

    // clone() is explicit: it allocates a new String and a new Vec.
    let mut b = a.clone(); //@ clone
    b.tags.push(String::from("editor")); //@ change
    println!("{}: {}", a.name, a.tags.join(", ")); //@ print1
    println!("{}: {}", b.name, b.tags.join(", ")); //@ print2
}
