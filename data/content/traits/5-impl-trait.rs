trait Speak {
    fn speak(&self) -> String;
}

struct Dog; //@ dog

impl Speak for Dog {
    fn speak(&self) -> String { //@ speak
        String::from("Woof")
    }
}

// Return position: "some type that implements Speak".
fn default_pet() -> impl Speak { //@ ret
    Dog //@ make
}

// Argument position: "any type that implements Speak".
fn chorus(pet: impl Speak, times: usize) -> String { //@ arg
    vec![pet.speak(); times].join(" ") //@ body
}

fn main() {
    println!("{}", chorus(default_pet(), 3)); //@ print
}
