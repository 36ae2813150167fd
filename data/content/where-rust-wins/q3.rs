struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn main() {
    let _a = Guard("a");
    {
        let _b = Guard("b");
        println!("inner");
    }
    let _c = Guard("c");
    println!("end");
}
