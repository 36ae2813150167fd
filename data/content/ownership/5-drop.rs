struct File {
    name: String,
}

// Drop runs automatically when the owner goes out of scope.
impl Drop for File {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

fn main() {
    {
        let file = File {
            name: String::from("notes.txt"),
        };
        println!("using {}", file.name);
    } // file goes out of scope here, so drop() runs now
    println!("done");
}
