trait Describe {
    fn describe(&self) -> String;
}

fn announce(item: &impl Describe) { //@ fn
    println!("Now showing: {}", item.describe()); //@ call
}

// Podcast never implements Describe.
struct Podcast { //@ podcast
    title: String,
}

fn main() {
    let podcast = Podcast { title: String::from("Crates weekly") };
    announce(&podcast); //@ use
    println!("{}", podcast.title);
}
