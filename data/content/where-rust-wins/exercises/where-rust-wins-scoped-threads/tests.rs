    #[test]
    fn sums_one_to_a_hundred_on_four_threads() {
        let numbers: Vec<u64> = (1..=100).collect();
        assert_eq!(parallel_sum(&numbers, 4), 5050);
    }

    #[test]
    fn uneven_chunks_are_all_counted() {
        let numbers: Vec<u64> = (1..=10).collect();
        assert_eq!(parallel_sum(&numbers, 3), 55);
    }

    #[test]
    fn one_thread_gives_the_same_result() {
        let numbers = vec![7, 8, 9];
        assert_eq!(parallel_sum(&numbers, 1), 24);
    }

    #[test]
    fn more_threads_than_numbers_is_fine() {
        let numbers = vec![1, 2];
        assert_eq!(parallel_sum(&numbers, 8), 3);
    }

    #[test]
    fn empty_input_sums_to_zero() {
        assert_eq!(parallel_sum(&[], 4), 0);
    }
