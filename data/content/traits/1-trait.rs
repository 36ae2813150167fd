// The trait names the behaviour; it has no body here, only a signature.
trait Describe {
    fn describe(&self) -> String;
}

struct Book { //@ book
    title: String,
}

struct Movie { //@ movie
    title: String,
    year: u16,
}

impl Describe for Book { //@ bookimpl
    fn describe(&self) -> String {
        format!("the book {}", self.title) //@ bookbody
    }
}

impl Describe for Movie { //@ movieimpl
    fn describe(&self) -> String {
        format!("the {} film {}", self.year, self.title) //@ moviebody
    }
}

fn announce(item: &impl Describe) { //@ fn
    println!("Now showing: {}", item.describe()); //@ call
}

fn main() {
    announce(&Book { title: String::from("Dune") }); //@ a
    announce(&Movie { title: String::from("Alien"), year: 1979 }); //@ b
}
