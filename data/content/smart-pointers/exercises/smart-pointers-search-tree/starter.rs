struct Tree {
    value: i32,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

impl Tree {
    fn new(value: i32) -> Tree {
        Tree { value, left: None, right: None }
    }

    /// Adds `value`: smaller values to the left, the others to the right.
    fn insert(&mut self, value: i32) {
        todo!()
    }

    /// All values in ascending order.
    fn sorted(&self) -> Vec<i32> {
        todo!()
    }
}
