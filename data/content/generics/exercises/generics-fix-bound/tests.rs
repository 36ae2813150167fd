    #[test]
    fn counts_integers() {
        assert_eq!(count_above(&[3, 8, 10, 1], 5), 2);
    }

    #[test]
    fn equal_items_do_not_count() {
        assert_eq!(count_above(&[5, 5, 6], 5), 1);
    }

    #[test]
    fn counts_floats() {
        assert_eq!(count_above(&[0.5, 1.5, 2.5], 1.0), 2);
    }

    #[test]
    fn counts_strings_in_dictionary_order() {
        assert_eq!(count_above(&["kiwi", "apple", "mango"], "banana"), 2);
    }

    #[test]
    fn empty_slice_counts_nothing() {
        assert_eq!(count_above::<i32>(&[], 0), 0);
    }
