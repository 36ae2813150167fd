trait Animal {
    fn name(&self) -> String;

    fn sound(&self) -> String {
        String::from("...")
    }

    fn intro(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Cat;
struct Fish;

impl Animal for Cat {
    fn name(&self) -> String {
        String::from("Cat")
    }
    fn sound(&self) -> String {
        String::from("meow")
    }
}

impl Animal for Fish {
    fn name(&self) -> String {
        String::from("Fish")
    }
}

fn main() {
    println!("{}", Cat.intro());
    println!("{}", Fish.intro());
}
