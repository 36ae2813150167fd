trait Greet {
    fn name(&self) -> String;

    // A default method: implementers get it unless they write their own.
    fn greeting(&self) -> String { //@ default
        format!("Hello, I am {}.", self.name()) //@ defaultbody
    }
}

struct Robot;
struct Pirate;

impl Greet for Robot { //@ robot
    fn name(&self) -> String { //@ robotname
        String::from("R2")
    }
}

impl Greet for Pirate { //@ pirate
    fn name(&self) -> String { //@ piratename
        String::from("Anne")
    }
    fn greeting(&self) -> String { //@ override
        format!("Ahoy, {} here.", self.name())
    }
}

fn main() {
    println!("{}", Robot.greeting()); //@ print
    println!("{}", Pirate.greeting()); //@ print
}
