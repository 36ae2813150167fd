    #[test]
    fn dot_of_equal_lengths() {
        assert_eq!(dot(&[1, 2, 3], &[4, 5, 6]), 32);
    }

    #[test]
    fn dot_ignores_the_extra_items() {
        assert_eq!(dot(&[1, 2, 3], &[4, 5]), 14);
        assert_eq!(dot(&[], &[1, 2]), 0);
    }

    #[test]
    fn dot_handles_negatives() {
        assert_eq!(dot(&[-2, 3], &[5, -1]), -13);
    }

    #[test]
    fn positions_finds_every_match() {
        assert_eq!(positions(&[7, 1, 7, 7], 7), vec![0, 2, 3]);
    }

    #[test]
    fn positions_without_a_match_is_empty() {
        assert!(positions(&[1, 2, 3], 9).is_empty());
    }
