use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,      // refers back without owning
    children: RefCell<Vec<Rc<Node>>>, // owns the children
}

fn create_node(name: &str) -> Rc<Node> { //@ create
    Rc::new(Node { name: name.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) }) //@ create
}

fn append(parent: &Rc<Node>, child: Rc<Node>) { //@ append
    *child.parent.borrow_mut() = Rc::downgrade(parent); //@ link
    parent.children.borrow_mut().push(child); //@ push
}

fn main() {
    let body = create_node("body"); //@ body
    let section = create_node("section"); //@ section
    let p = create_node("p"); //@ p
    append(&body, Rc::clone(&section)); //@ tree
    append(&section, Rc::clone(&p)); //@ tree

    let mut path = Vec::new(); //@ path
    let mut node = Some(p); //@ walk
    while let Some(current) = node { //@ walk
        path.push(current.name.clone()); //@ walk
        node = current.parent.borrow().upgrade(); //@ walk
    }
    println!("{}", path.join(" < ")); //@ print

    drop(body); // the only owner of body is gone, so body is freed //@ drop
    println!("{}", section.parent.borrow().upgrade().is_none()); //@ gone
}
