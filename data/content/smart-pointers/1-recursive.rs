struct Node {
    value: i32,
    next: Option<Node>, // a Node inside a Node inside a Node ...
}

fn sum(node: &Node) -> i32 { //@ fn
    let rest = match &node.next { //@ rest
        Some(next) => sum(next), //@ rest
        None => 0, //@ rest
    };
    node.value + rest //@ add
}

fn main() {
    let list = Node { value: 1, next: Some(Node { value: 2, next: Some(Node { value: 3, next: None }) }) }; //@ build
    println!("{}", sum(&list)); //@ print
}
