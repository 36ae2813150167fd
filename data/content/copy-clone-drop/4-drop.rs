struct File { //@ open
    name: String,
}

// Drop runs automatically when the owner goes out of scope.
impl Drop for File {
    fn drop(&mut self) { //@ drop
        println!("closing {}", self.name); //@ msg
    }
}

fn use_file() { //@ use
    let file = File { name: String::from("notes.txt") }; //@ make
    println!("using {}", file.name); //@ work
} // file goes out of scope here, so drop() runs now //@ end

fn main() {
    use_file(); //@ call
    println!("done"); //@ done
}
