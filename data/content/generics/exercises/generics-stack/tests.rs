    #[test]
    fn a_new_stack_is_empty() {
        let stack: Stack<i32> = Stack::new();
        assert!(stack.is_empty());
        assert_eq!(stack.len(), 0);
    }

    #[test]
    fn pop_returns_the_last_pushed_item() {
        let mut stack = Stack::new();
        stack.push(1);
        stack.push(2);
        assert_eq!(stack.pop(), Some(2));
        assert_eq!(stack.pop(), Some(1));
        assert_eq!(stack.pop(), None);
    }

    #[test]
    fn peek_does_not_remove() {
        let mut stack = Stack::new();
        stack.push(String::from("home"));
        assert_eq!(stack.peek(), Some(&String::from("home")));
        assert_eq!(stack.len(), 1);
        assert!(!stack.is_empty());
    }

    #[test]
    fn works_with_any_type() {
        let mut stack = Stack::new();
        stack.push(('a', 1.5));
        assert_eq!(stack.pop(), Some(('a', 1.5)));
    }
