use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    println!("{}", Rc::strong_count(&a));
    {
        let b = Rc::clone(&a);
        let c = Rc::clone(&b);
        println!("{} {}", Rc::strong_count(&a), c.len());
    }
    println!("{}", Rc::strong_count(&a));
}
