use std::rc::Rc;

fn main() {
    let scores = Rc::new(vec![10, 20]);
    let also = Rc::clone(&scores);
    also.push(30);
    println!("{:?}", scores);
}
