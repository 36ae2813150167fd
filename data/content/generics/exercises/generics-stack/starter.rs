struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        todo!()
    }

    fn push(&mut self, item: T) {
        todo!()
    }

    fn pop(&mut self) -> Option<T> {
        todo!()
    }

    fn peek(&self) -> Option<&T> {
        todo!()
    }

    fn len(&self) -> usize {
        todo!()
    }

    fn is_empty(&self) -> bool {
        todo!()
    }
}

fn main() {
    let mut tabs = Stack::new();
    tabs.push("home");
    tabs.push("docs");
    println!("{:?} {:?} {}", tabs.pop(), tabs.peek(), tabs.len());
}
