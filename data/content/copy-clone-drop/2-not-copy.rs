// String and Vec own heap buffers, so a bit-for-bit copy would leave two
// owners of each buffer. The compiler refuses Copy for this struct.
#[derive(Clone, Copy)]
struct User {
    name: String,
    tags: Vec<String>,
}

fn main() {
    let a = User { name: String::from("Ada"), tags: vec![String::from("admin")] }; //@ make
    let mut b = a; //@ copy
    b.tags.push(String::from("editor")); //@ change
    println!("{} {}", a.name, a.tags.join(", ")); //@ print
}
