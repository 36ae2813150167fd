struct Guard {
    name: &'static str,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn main() {
    let _db = Guard { name: "database" }; //@ first
    let cache = Guard { name: "cache" }; //@ second
    let _log = Guard { name: "log" }; //@ third

    drop(cache); // takes ownership, so cache is released right here //@ early
    println!("work done"); //@ work
} // the others go in reverse order of declaration: log, then database //@ end
