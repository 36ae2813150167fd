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
        let side = if value < self.value { &mut self.left } else { &mut self.right };
        match side {
            Some(child) => child.insert(value),
            None => *side = Some(Box::new(Tree::new(value))),
        }
    }

    /// All values in ascending order.
    fn sorted(&self) -> Vec<i32> {
        let mut values = Vec::new();
        if let Some(left) = &self.left {
            values.extend(left.sorted());
        }
        values.push(self.value);
        if let Some(right) = &self.right {
            values.extend(right.sorted());
        }
        values
    }
}
