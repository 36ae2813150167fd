    #[test]
    fn appends_doubles_of_even_numbers() {
        let mut numbers = vec![1, 2, 3, 4];
        append_doubles(&mut numbers);
        assert_eq!(numbers, [1, 2, 3, 4, 4, 8]);
    }

    #[test]
    fn new_numbers_are_not_doubled_again() {
        let mut numbers = vec![2];
        append_doubles(&mut numbers);
        assert_eq!(numbers, [2, 4]);
    }

    #[test]
    fn odd_numbers_only_leave_the_list_unchanged() {
        let mut numbers = vec![1, 3, 5];
        append_doubles(&mut numbers);
        assert_eq!(numbers, [1, 3, 5]);
    }

    #[test]
    fn empty_list_stays_empty() {
        let mut numbers: Vec<i32> = Vec::new();
        append_doubles(&mut numbers);
        assert!(numbers.is_empty());
    }
