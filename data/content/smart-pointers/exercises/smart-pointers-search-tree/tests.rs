    #[test]
    fn a_single_node_holds_its_value() {
        assert_eq!(Tree::new(5).sorted(), vec![5]);
    }

    #[test]
    fn values_come_out_sorted() {
        let mut tree = Tree::new(50);
        for value in [30, 70, 20, 40, 60, 80] {
            tree.insert(value);
        }
        assert_eq!(tree.sorted(), vec![20, 30, 40, 50, 60, 70, 80]);
    }

    #[test]
    fn smaller_values_go_left() {
        let mut tree = Tree::new(10);
        tree.insert(3);
        assert_eq!(tree.left.as_ref().map(|node| node.value), Some(3));
        assert!(tree.right.is_none());
    }

    #[test]
    fn duplicates_are_kept_on_the_right() {
        let mut tree = Tree::new(4);
        tree.insert(4);
        tree.insert(1);
        assert_eq!(tree.right.as_ref().map(|node| node.value), Some(4));
        assert_eq!(tree.sorted(), vec![1, 4, 4]);
    }
