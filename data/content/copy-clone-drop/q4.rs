struct Lock {
    name: &'static str,
}

impl Lock {
    fn acquire(name: &'static str) -> Lock {
        println!("lock {name}");
        Lock { name }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.name);
    }
}

fn main() {
    let _ = Lock::acquire("config");
    println!("editing config");
}
