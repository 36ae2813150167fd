use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let scores = Rc::new(RefCell::new(vec![10, 20]));
    let also = Rc::clone(&scores);
    also.borrow_mut().push(30);
    println!("{:?}", scores.borrow());
}
