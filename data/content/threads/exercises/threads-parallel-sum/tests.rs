    #[test]
    fn sums_with_two_threads() {
        assert_eq!(parallel_sum(&[1, 2, 3, 4, 5], 2), 15);
    }

    #[test]
    fn one_part_is_a_plain_sum() {
        assert_eq!(parallel_sum(&[10, 20, 30], 1), 60);
    }

    #[test]
    fn more_parts_than_numbers_still_works() {
        assert_eq!(parallel_sum(&[7, 8], 8), 15);
    }

    #[test]
    fn an_empty_slice_sums_to_zero() {
        assert_eq!(parallel_sum(&[], 4), 0);
    }

    #[test]
    fn a_large_range_matches_the_formula() {
        let numbers: Vec<u64> = (1..=100_000).collect();
        assert_eq!(parallel_sum(&numbers, 4), 100_000 * 100_001 / 2);
    }
