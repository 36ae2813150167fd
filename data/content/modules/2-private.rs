mod math {
    // No pub: only code inside math (and its child modules) can call it.
    fn helper(n: i32) -> i32 { //@ helper
        n * 2
    }

    pub fn double(n: i32) -> i32 { //@ double
        helper(n)
    }
}

fn main() {
    println!("{}", math::double(21)); //@ ok
    println!("{}", math::helper(21)); //@ private
}
