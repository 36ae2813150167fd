use std::cell::RefCell;

fn main() {
    let list = RefCell::new(vec![1, 2]); //@ new

    // borrow() hands out a read guard that lives until the loop ends.
    for n in list.borrow().iter() { //@ read
        if *n < 3 { //@ check
            list.borrow_mut().push(n + 10); // a writer while a reader exists: panic //@ write
        }
    }

    println!("{:?}", list.borrow()); //@ print
}
