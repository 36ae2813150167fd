struct Person {
    name: String, //@ name
}

impl Person {
    fn greeting(&self) -> String { //@ greet
        format!("Hi, I am {}", self.name)
    }
}

// Employee has a Person instead of being one.
struct Employee { //@ employee
    person: Person, //@ inner
    role: String, //@ role
}

impl Employee {
    fn introduce(&self) -> String { //@ intro
        format!("{}, the {}", self.person.greeting(), self.role) //@ forward
    }
}

fn main() {
    let ada = Employee { //@ make
        person: Person { name: String::from("Ada") },
        role: String::from("engineer"),
    };
    println!("{}", ada.introduce()); //@ print
}
